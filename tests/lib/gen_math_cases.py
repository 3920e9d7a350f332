#!/usr/bin/env python3
"""Regenerate tests/lib/math_cases.json: CPython's results for pvm's math core.

Each case is [function, [args...], expected]; floats are written with repr()
(read back exactly by JS), big ints as decimal strings prefixed 'int:', and
errors as 'raise:ValueError' / 'raise:OverflowError'.
"""
import json
import math
import os
import random


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return 'int:%d' % v
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (tuple, list)):
        return [enc(x) for x in v]
    raise TypeError(v)


def case(name, *args):
    try:
        result = getattr(math, name)(*args)
        expected = enc(result)
    except (ValueError, OverflowError) as e:
        expected = 'raise:' + type(e).__name__
    return [name, [enc(a) for a in args], expected]


def main():
    rng = random.Random(1234)
    cases = []
    points = [0.0, -0.0, 1e-320, 1e-300, 1e-30, 2.0 ** -28, 1e-8, 0.1, 0.25, 0.5, 0.84375, 0.9, 1.0,
              1.25, 1.5, 2.0, 2.5, 2.857, 3.0, 5.5, 6.0, 10.0, 27.9, 28.0, 30.0, 100.0, 171.5, 180.0,
              200.5, 1e10, 1e300, float('inf'), float('nan')]
    points += [rng.uniform(-7, 7) for _ in range(300)] + [rng.uniform(-200, 200) for _ in range(100)]
    for x in points:
        for sign in (1, -1):
            for name in ('erf', 'erfc', 'gamma', 'lgamma'):
                cases.append(case(name, sign * x))
    for _ in range(200):
        n = rng.randrange(1, 30)
        vals = [rng.choice([rng.uniform(-1, 1), rng.uniform(-1e16, 1e16), 1e100, -1e100, 1e-100,
                            rng.random() * 10 ** rng.randrange(-20, 20)]) for _ in range(n)]
        cases.append(case('fsum', vals))
        cases.append(case('hypot', *vals[:rng.randrange(0, 6)]))
    cases += [case('fsum', [1e308, 1e308]), case('fsum', [float('inf'), float('-inf')]),
              case('fsum', [float('inf'), 1.0]), case('fsum', [1e-16, 1.0, 1e16]),
              case('fsum', [0.1] * 10), case('hypot', 3.0, 4.0), case('hypot', 1e-310, 1e-310),
              case('hypot', float('inf'), float('nan')), case('hypot', 1e308, 1e308)]
    for x in [0.0, 1.0, -3.5, 1e-310, 5e-324, 1e308, 0.1, 2.0 ** 1023, float('inf')]:
        cases.append(case('frexp', x))
        cases.append(case('ulp', x))
        cases.append(case('nextafter', x, 0.0))
        cases.append(case('nextafter', x, float('inf')))
    for x, y in [(2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0), (1.0, float('nan')),
                 (float('nan'), 0.0), (-1.0, float('inf')), (float('-inf'), 3.0), (float('-inf'), -3.0),
                 (0.5, float('-inf')), (2.0, -1100.0), (-2.0, 3.0)]:
        cases.append(case('pow', x, y))
    for x, y in [(5.0, 3.0), (-5.0, 3.0), (5.5, 2.0), (4.5, 3.0), (7.5, 2.5), (1.0, 0.0),
                 (float('inf'), 1.0), (3.0, float('inf')), (-6.0, 4.0), (1e300, 3.3)]:
        cases.append(case('remainder', x, y))
    for n in [0, 1, 2, 15, 16, 17, 99, 10 ** 15, 2 ** 52 - 1, 2 ** 52, 10 ** 40, 3 ** 200 + 7, 2 ** 1000]:
        cases.append(case('isqrt', n))
    for n in [0, 1, 5, 20, 21, 50, 170, 300]:
        cases.append(case('factorial', n))
    for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (50, 25), (100, 3), (1000, 500)]:
        cases.append(case('comb', n, k))
        cases.append(case('perm', n, k))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'math_cases.json')
    with open(out, 'w') as f:
        json.dump(cases, f, indent=0)
        f.write('\n')
    print(len(cases), 'cases written')


if __name__ == '__main__':
    main()
