import cmath, math
vals = [-math.inf, -4.0, -2.0, -1.0, -0.0, 0.0, 1.0, 2.0, 4.0, 1e308, math.inf, math.nan]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
def show(f, *a):
    try:
        r = f(*a)
        return repr(r)
    except (ValueError, OverflowError) as e:
        return type(e).__name__
for x in vals:
    for y in vals:
        if math.isfinite(x) and math.isfinite(y):
            continue
        z = complex(x, y)
        print(z, " ".join(show(getattr(cmath, n), z) for n in names), show(cmath.rect, x, y), show(cmath.log, z, 2), show(cmath.polar, z), cmath.phase(z))
import cmath
inf, nan = float('inf'), float('nan')
for z in [complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(nan, 1), complex(1, nan), complex(inf, nan), complex(-inf, -inf), complex(nan, nan), complex(0, -inf)]:
    out = []
    for f in ("sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar", "isinf", "isnan", "isfinite"):
        try:
            out.append(repr(getattr(cmath, f)(z)))
        except Exception as e:
            out.append(type(e).__name__)
    print(z, ' '.join(out))
print(cmath.rect(inf, 0), cmath.rect(1, inf) if False else '', cmath.isclose(1+1j, 1+1.0000000001j))
for a in [(inf, 0.5), (inf, 0.0), (0.0, inf), (nan, 0.0)]:
    try: print(cmath.rect(*a))
    except Exception as e: print(type(e).__name__, e)
