# The vm's inline arithmetic and comparison paths for exact floats and ints:
# mixed operands, int true division, -0.0, NaN, infinities, values near
# 2**53, and float/int subclasses whose own operators must still run.
nan = float('nan')
inf = float('inf')
big = 2 ** 53 + 1
for a, b in [(1.5, 2), (2, 1.5), (-0.0, 0), (0, -0.0), (inf, 3), (3, -inf), (nan, 1), (1, nan), (1e308, 10), (0.1, 3)]:
    print(a + b, a - b, a * b, a / b if b else 'zero', a < b, a <= b, a == b, a != b, a > b, a >= b)
for a, b in [(7, 2), (-7, 2), (7, -2), (0, -5), (2 ** 53 - 1, 3), (1, 3), (-1, 3), (10 ** 15, 7)]:
    print(a / b, repr(a / b))
print(float(big), big == float(big), big > float(2 ** 53), float(2 ** 53) < big, 2 ** 53 == float(2 ** 53))
print(9007199254740993 > 9007199254740992.0, 9007199254740992.0 < 9007199254740993)
x = 0.0
for i in range(5):
    x += i
    x = x * 1.5 - i
print(x, x > 3, 3 < x, x / 2, 2 / x)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(1.0 < 'a')
except TypeError as e:
    print('TypeError', e)
print(nan == nan, nan != nan, nan < 1, 1 >= nan, -0.0 == 0, 0 == -0.0)
print(True + 1.5, 1.5 * False, True < 1.5, 1.5 > True)


class F(float):
    def __add__(self, other):
        return 'F.add'
    def __radd__(self, other):
        return 'F.radd'
    def __lt__(self, other):
        return 'F.lt'
    def __gt__(self, other):
        return 'F.gt'
    def __truediv__(self, other):
        return 'F.truediv'
    def __rtruediv__(self, other):
        return 'F.rtruediv'


class I(int):
    def __radd__(self, other):
        return 'I.radd'
    def __gt__(self, other):
        return 'I.gt'


f = F(2.5)
print(f + 1, 1 + f, f + 1.0, 1.0 + f, f < 1, 1 < f, 1.0 < f, f / 2, 2 / f, 2.0 / f, f * 2, 3 - f)
print(1.5 + I(2), I(2) < 1.5, 1.5 < I(2), 2.5 > I(2), 1.5 == I(2), 2.0 == I(2), 2.0 == I(2 ** 60), I(3) / 2, 2 / I(4))
print(type(f * 2).__name__, type(2.0 * I(3)).__name__)
