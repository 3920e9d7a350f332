# Counts, per math function, how many of N random arguments give a result
# whose bits differ between CPython (this interpreter) and pvm. Not a test:
# a measuring tool for backends/runtime/libm.ts. Run from the repository root
# after a build: python3 scripts/checkLibm.py [N] [function ...]
import math
import os
import random
import subprocess
import sys
import tempfile

try:
    import mpmath
    mpmath.mp.prec = 400
except ImportError:  # then only the CPython comparison is printed
    mpmath = None

# Argument generators: each draws one argument (or a pair for atan2) over the
# ranges where the function's behaviour changes.
def spread(lo, hi):
    return lambda r: lo + (hi - lo) * r.random()

def logspread(lo_exp, hi_exp, signed=False):
    def draw(r):
        v = 2.0 ** r.uniform(lo_exp, hi_exp)
        return -v if signed and r.random() < 0.5 else v
    return draw

def mix(*gens):
    return lambda r: r.choice(gens)(r)

FUNCS = {
    'exp': mix(spread(-20, 20), spread(-745, 709), logspread(-30, 3, True)),
    'expm1': mix(spread(-2, 2), spread(-40, 700), logspread(-60, 0, True)),
    'log': mix(logspread(-1074, 1023), spread(0, 10), spread(0.9, 1.1)),
    'log1p': mix(logspread(-60, 60), spread(-0.99, 3), logspread(-40, -1, True)),
    'log2': mix(logspread(-1074, 1023), spread(0, 10), spread(0.9, 1.1)),
    'log10': mix(logspread(-1074, 1023), spread(0, 100), spread(0.9, 1.1)),
    'sin': mix(spread(-7, 7), spread(-1e5, 1e5), logspread(-30, 1024, True)),
    'cos': mix(spread(-7, 7), spread(-1e5, 1e5), logspread(-30, 1024, True)),
    'tan': mix(spread(-7, 7), spread(-1e5, 1e5), logspread(-30, 1024, True)),
    'asin': mix(spread(-1, 1), logspread(-30, 0, True)),
    'acos': mix(spread(-1, 1), logspread(-30, 0, True)),
    'atan': mix(spread(-10, 10), logspread(-40, 80, True)),
    'sinh': mix(spread(-5, 5), spread(-710, 710), logspread(-30, 3, True)),
    'cosh': mix(spread(-5, 5), spread(-710, 710), logspread(-30, 3, True)),
    'tanh': mix(spread(-5, 5), logspread(-30, 5, True)),
    'asinh': mix(spread(-5, 5), logspread(-30, 1000, True)),
    'acosh': mix(spread(1, 5), logspread(0, 1000)),
    'atanh': mix(spread(-1, 1), logspread(-30, 0, True)),
    'exp2': mix(spread(-20, 20), spread(-1074, 1023)),
    'cbrt': mix(spread(-10, 10), logspread(-1074, 1023, True)),
    'atan2': lambda r: (spread(-10, 10)(r), spread(-10, 10)(r)) if r.random() < 0.7
             else (logspread(-300, 300, True)(r), logspread(-300, 300, True)(r)),
}

PROGRAM = '''import math
f = math.{name}
for a in {args!r}:
    try:
        v = f(*[float.fromhex(t) for t in a])
        print(v.hex())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
'''


def run_pvm(source):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(source)
        path = f.name
    try:
        out = subprocess.run(['node', 'bin/pvm.js', 'run', path], capture_output=True, text=True, check=True)
        return out.stdout.split('\n')
    finally:
        os.unlink(path)


def correctly_rounded(name, a):
    """The exact result rounded to a double (mpmath at 400 bits), as hex or the error's name."""
    xs = [mpmath.mpf(float.fromhex(t)) for t in a]
    try:
        if name == 'exp2':
            v = mpmath.power(2, xs[0])
        elif name == 'log2':
            v = mpmath.log(xs[0], 2)
        else:
            v = getattr(mpmath, name)(*xs)
        if isinstance(v, mpmath.mpc):
            return 'ValueError'
        r = float(v)
    except (ValueError, ZeroDivisionError):
        return 'ValueError'
    except OverflowError:
        return 'OverflowError'
    if math.isinf(r):
        return 'OverflowError'
    return r.hex()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    names = sys.argv[2:] or list(FUNCS)
    for name in names:
        r = random.Random(name)
        args = []
        for _ in range(n):
            a = FUNCS[name](r)
            args.append(tuple(x.hex() for x in (a if isinstance(a, tuple) else (a,))))
        f = getattr(math, name)
        want = []
        for a in args:
            try:
                want.append(f(*[float.fromhex(t) for t in a]).hex())
            except (ValueError, OverflowError) as e:
                want.append(type(e).__name__)
        got = run_pvm(PROGRAM.format(name=name, args=args))
        bad = [(a, w, g) for a, w, g in zip(args, want, got) if w != g]
        print(f'{name:6} {len(bad):5} of {n} differ', end='')
        if mpmath is not None and bad:
            exact = [correctly_rounded(name, a) for a, _, _ in bad]
            print(f' (pvm correctly rounded in {sum(e == g for e, (_, _, g) in zip(exact, bad))},'
                  f' CPython in {sum(e == w for e, (_, w, _) in zip(exact, bad))})', end='')
        if bad:
            a, w, g = bad[0]
            print(f'   e.g. {name}{tuple(float.fromhex(t) for t in a)}: {w} vs {g}', end='')
        print()


main()
