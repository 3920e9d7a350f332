# math.sqrt, sin and cos (each with a direct path for floats and safe ints in
# their domain) and int(x)/float(x) of one argument: every kind of argument,
# edge values and CPython's error messages.
import math
from math import sqrt, sin, cos

class F(float):
    pass

class HasFloat:
    def __float__(self):
        return 2.25

class HasIndex:
    def __index__(self):
        return 9

class BadFloat:
    def __float__(self):
        return 'x'

def show(v):
    if isinstance(v, float) and v == 0:
        return repr(v)
    return repr(v)

args = [0.0, -0.0, 0.25, 2.0, -2.0, 1e308, 5e-324, float('inf'), float('-inf'), float('nan'),
        0, 1, -1, 4, 2**53 - 1, 2**53 + 1, 10**400, -10**400, True, False, F(6.25), F(-1.0),
        HasFloat(), HasIndex(), BadFloat(), 'x', None, 3j]
for fn in (sqrt, sin, cos, math.sqrt, math.sin, math.cos):
    for a in args:
        try:
            print(fn.__name__, type(a).__name__, show(fn(a)))
        except (ValueError, TypeError, OverflowError) as e:
            print(fn.__name__, type(a).__name__, type(e).__name__, e)

for fn in (sqrt, sin, cos):
    for bad in [(), (1.0, 2.0)]:
        try:
            fn(*bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        fn(x=1.0)
    except TypeError as e:
        print('TypeError', e)

def loop():
    s = 0.0
    for i in range(1000):
        x = i * 0.01
        s += sqrt(x) + sin(x) * cos(i) + math.sqrt(i)
    return s
print(round(loop(), 6))

class I(int):
    pass

convert = [0, -7, 2**53 + 1, -10**30, True, False, 0.0, -0.0, 2.5, -2.5, 1e20, 1e300, float('inf'), float('-inf'),
           float('nan'), '12', ' -3 ', '1_000', '1.5', 'x', b'42', I(5), F(7.5), HasIndex(), HasFloat(), None, 3j]
for a in convert:
    for fn in (int, float):
        try:
            r = fn(a)
            print(fn.__name__, type(a).__name__, type(r).__name__, show(r))
        except (ValueError, TypeError, OverflowError) as e:
            print(fn.__name__, type(a).__name__, type(e).__name__, e)
x = 2.5
print(float(x) is x, int(7) == 7, int(), float(), int('ff', 16), int(x=3) if False else 'kw', float(F(1.5)).__class__.__name__)
try:
    int(x=3)
except TypeError as e:
    print('TypeError', e)
try:
    float(1, 2)
except TypeError as e:
    print('TypeError', e)

# Arity and keyword errors of other math functions name them as CPython does.
for f, a, k in [(math.log, (), {}), (math.log, (1,), {'x': 1}), (math.log, (1, 2, 3), {}), (math.atan2, (1,), {}),
                (math.atan2, (1, 2), {'q': 1}), (math.floor, (), {}), (math.floor, (1,), {'a': 1}), (math.pow, (1,), {}),
                (math.hypot, (), {'a': 1}), (math.exp, (1, 2), {}), (math.fabs, (), {})]:
    try:
        f(*a, **k)
    except TypeError as e:
        print('TypeError', e)
print(math.log(8, 2), math.log(100), math.log(2**1000), math.log(10, 10))
