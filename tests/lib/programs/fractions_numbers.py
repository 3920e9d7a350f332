# Exercises lib/fractions and lib/numbers under pvm; tests/lib/lib_programs.test.ts
# compares the output with python3's.
import math
import numbers
import random
from fractions import Fraction as F

rng = random.Random(5)
values = [F(1, 3), F(-7, 4), F(0), F(10 ** 20, 3), 2, -3, True, 0.5, -0.0, float('inf'), 1j, complex(1.5, -2)]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', divmod), ('<', lambda a, b: a < b), ('==', lambda a, b: a == b), ('>=', lambda a, b: a >= b)]
for a in values:
    for b in values:
        if not isinstance(a, F) and not isinstance(b, F):
            continue
        for name, op in ops:
            try:
                r = op(a, b)
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            print(repr(a), name, repr(b), '=', repr(r))
for base in (F(2, 3), F(-1, 2), F(0), 2, 0.5):
    for exp in (F(2), F(-3), F(1, 2), 3, -2, 0.5):
        try:
            print(repr(base), '**', repr(exp), '=', repr(base ** exp))
        except Exception as e:
            print(repr(base), '**', repr(exp), '!', type(e).__name__, e)
for _ in range(200):
    f = F(rng.randrange(-10 ** 6, 10 ** 6), rng.randrange(1, 10 ** 4))
    print(f, hash(f), float(f), round(f), round(f, 2), math.floor(f), math.ceil(f), int(f),
          f.limit_denominator(10), f.limit_denominator(1000), f.as_integer_ratio())
for t in ['3/4', '1.5', ' -2 ', '1_000/3', '1e-3', '.5', '5.', 'x', '1/0', '1 /2']:
    try:
        print(repr(F(t)))
    except Exception as e:
        print(type(e).__name__, e)
for x in (0.1, 1e300, 2.0 ** -1074, -3.75):
    print(repr(F(x)), repr(F.from_float(x).limit_denominator()), hash(F(x)) == hash(x))
print(sum([F(1, n) for n in range(1, 30)]), sorted([F(1, 2), 0.3, F(1, 3), 1]))
for v in (1, True, 1.5, 1j, F(1, 2), 'x'):
    print([isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
