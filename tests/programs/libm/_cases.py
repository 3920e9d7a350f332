# Arguments for the libm programs: seeded random draws over the ranges where
# each math function changes method, plus edge values. run() prints every
# result's repr except at the indices _skips.py lists: there glibc 2.36 (the
# recorded CPython) is not correctly rounded, which pvm's libm is
# (scripts/genLibmSkips.py finds them with mpmath).
import math
import random

from _skips import SKIPS

EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, -1e-300, 5e-324, 1e-17, 0.1,
         3.0, 10.0, 22.0, 100.0, 700.0, 709.0, 710.0, 1e10, 1e300, -1e300,
         math.inf, -math.inf, math.nan, math.pi, math.pi / 2, math.e]


def uniform(r, lo, hi):
    return lo + (hi - lo) * r.random()


def logscale(r, lo, hi, signed):
    v = 2.0 ** uniform(r, lo, hi)
    return -v if signed and r.random() < 0.5 else v


# name: (count, draw); each draw picks one of its ranges at random.
RANGES = {
    'exp': [(-20, 20, 'u'), (-745, 709, 'u'), (-30, 3, 'ls')],
    'exp2': [(-30, 30, 'u'), (-1074, 1023, 'u')],
    'expm1': [(-2, 2, 'u'), (-40, 700, 'u'), (-60, 0, 'ls')],
    'log': [(-1074, 1023, 'l'), (0, 10, 'u'), (0.9, 1.1, 'u')],
    'log2': [(-1074, 1023, 'l'), (0, 10, 'u'), (0.9, 1.1, 'u')],
    'log10': [(-1074, 1023, 'l'), (0, 100, 'u'), (0.9, 1.1, 'u')],
    'log1p': [(-60, 60, 'l'), (-0.99, 3, 'u'), (-40, -1, 'ls')],
    'sin': [(-7, 7, 'u'), (-1e5, 1e5, 'u'), (-30, 1024, 'ls')],
    'cos': [(-7, 7, 'u'), (-1e5, 1e5, 'u'), (-30, 1024, 'ls')],
    'tan': [(-7, 7, 'u'), (-1e5, 1e5, 'u'), (-30, 1024, 'ls')],
    'asin': [(-1, 1, 'u'), (-30, 0, 'ls')],
    'acos': [(-1, 1, 'u'), (-30, 0, 'ls')],
    'atan': [(-10, 10, 'u'), (-40, 80, 'ls')],
    'sinh': [(-5, 5, 'u'), (-710, 710, 'u'), (-30, 3, 'ls')],
    'cosh': [(-5, 5, 'u'), (-710, 710, 'u'), (-30, 3, 'ls')],
    'tanh': [(-5, 5, 'u'), (-30, 5, 'ls')],
    'asinh': [(-5, 5, 'u'), (-30, 1000, 'ls')],
    'acosh': [(1, 5, 'u'), (0, 1000, 'l')],
    'atanh': [(-1, 1, 'u'), (-30, 0, 'ls')],
}


def draw(r, ranges):
    lo, hi, kind = r.choice(ranges)
    if kind == 'u':
        return uniform(r, lo, hi)
    return logscale(r, lo, hi, kind == 'ls')


def arguments(name, count):
    """The argument tuples of one function: its edges, then `count` draws."""
    r = random.Random(name)
    if name == 'atan2':
        args = [(y, x) for y in EDGES[:12] + [math.inf, -math.inf] for x in EDGES[:12] + [math.inf, -math.inf]]
        for _ in range(count):
            if r.random() < 0.7:
                args.append((uniform(r, -10, 10), uniform(r, -10, 10)))
            else:
                args.append((logscale(r, -300, 300, True), logscale(r, -300, 300, True)))
        return args
    return [(x,) for x in EDGES] + [(draw(r, RANGES[name]),) for _ in range(count)]


def run(names, count):
    for name in names:
        f = getattr(math, name)
        skip = SKIPS.get(name, ())
        for i, a in enumerate(arguments(name, count)):
            if i in skip:
                continue
            try:
                print(name, i, repr(f(*a)))
            except (ValueError, OverflowError) as e:
                print(name, i, type(e).__name__, e)
