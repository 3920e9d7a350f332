# The vm's inline float paths for **, //, % and unary minus (and the in-place
# forms) against CPython: signed zeros, nan, inf, exact ints beside floats
# (2**53 +- 1, huge ints), bools, and float/int subclasses, which take the
# runtime's path; every error message included.
import math

def show(v):
    if isinstance(v, float):
        return 'nan' if v != v else repr(v) + ('(-)' if math.copysign(1.0, v) < 0 else '')
    return repr(v)

def run(a, b):
    out = []
    for name, f in (('**', lambda: a ** b), ('//', lambda: a // b), ('%', lambda: a % b)):
        try:
            out.append(show(f()))
        except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    return ' '.join(out)

def inplace(a, b):
    try:
        x = a
        x **= b
        y = a
        y //= b
        z = a
        z %= b
        return show(x), show(y), show(z)
    except (ZeroDivisionError, OverflowError) as e:
        return '%s(%s)' % (type(e).__name__, e)

nan = float('nan')
inf = float('inf')
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.5, -2.5, 3.0, 7.25, -7.25, 1e300, -1e300, 1e-310, inf, -inf, nan]
ints = [0, 1, -1, 2, 3, -3, 2**53 - 1, 2**53 + 1, -(2**53 + 1), 10**400]
for a in floats:
    for b in floats + ints:
        print(show(a), show(b), run(a, b))
for a in ints:
    for b in floats:
        print(show(a), show(b), run(a, b))
for a, b in [(2.0, 0.5), (-8.0, 1 / 3), (-8.0, 2.0), (-2.0, 3), (10.0, -2), (1.5, 2), (1e200, 2), (2.0, 1024),
             (2.0, -1074), (2.0, -1075), (0.0, -1), (-0.0, -3), (-0.0, 3), (2, -1.5), (4.0, 0.5), (-inf, 0.5)]:
    print(show(a), show(b), run(a, b), inplace(a, b) if not (a < 0 and b != int(b)) else '')

class F(float):
    def __pow__(self, other):
        return 'F.__pow__'
    def __rfloordiv__(self, other):
        return 'F.__rfloordiv__'
    def __neg__(self):
        return 'F.__neg__'

class G(float):
    pass

print(F(2.0) ** 2.0, 2.0 // F(3.0), -F(1.0), show(-G(1.5)), type(-G(1.5)).__name__, show(G(7.0) % 2.0), show(2.0 ** G(3.0)))
print(show(2.0 ** True), show(True ** 2.5), show(3.5 // True), show(-3.5 % True))
try:
    print(2.0 ** 'x')
except TypeError as e:
    print('TypeError', e)
try:
    print(pow(2.0, 3.0, 5))
except TypeError as e:
    print('TypeError', e)
for v in [0.0, -0.0, 1.5, -1.5, inf, -inf, nan, 0, 5, -5, 2**53 - 1, -(2**53 - 1), 2**53 + 1, True, False]:
    print(show(v), show(-v))

def loop():
    x = 1.0000001
    s = 0.0
    for i in range(1, 2000):
        s += x ** -1.5 + (i * 0.37) ** 0.5 - (i * 1.3) // 0.7 + (i * 2.9) % -1.1
        x = -x * 1.0000001
        s = -s
    return s
print(show(loop()))
