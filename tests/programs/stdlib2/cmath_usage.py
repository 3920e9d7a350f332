# Values print to 12 significant digits: pvm's math.log/atan2/exp differ from
# glibc's in the last bit for some arguments (a math module matter).
import cmath
import math
import random


def show(z):
    if isinstance(z, complex):
        return f"({z.real:.12g}{z.imag:+.12g}j)"
    if isinstance(z, tuple):
        return "(" + ", ".join(show(v) for v in z) + ")"
    return f"{z:.12g}"


rng = random.Random(7)
values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 1e-310 + 1e-310j, 1e300 + 1e300j,
          -1e-5 + 3j, 0.5 - 0.5j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1.0000001 + 1e-9j, 3, -4.5]
values += [complex(rng.uniform(-10, 10), rng.uniform(-10, 10)) for _ in range(30)]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    fn = getattr(cmath, name)
    out = []
    for v in values:
        try:
            out.append(show(fn(v)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, " ".join(out))
for v in values[:12]:
    print(show(cmath.phase(v)), show(cmath.polar(v)), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(show(cmath.rect(2, math.pi / 3)), cmath.rect(1.5, 0), cmath.rect(-1, 0.0))
print(show(cmath.log(8, 2)), show(cmath.log(100j, 10)), show(cmath.log(1 + 1j, 1j)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1j, 1.05j, rel_tol=0.1), cmath.isclose(0, 1e-12, abs_tol=1e-9))
print(cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isfinite(complex(math.inf, 1)))
for bad in ["x", None]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print(e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


print(cmath.sqrt(C()), cmath.sqrt(F()), show(cmath.exp(True)), cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)))
