# The vm's inline int paths: `a * b` whose product passes 2**53 followed by
# `+ c`/`- c` and `% m` or `& mask` (computed modulo m without the big
# product), and << / >> on safe ints; each checked against the plain path
# (the same expression through a function call or a bigint operand).
def plain(a, b, c, m):
    p = a * b
    return (p + c) % m

vals = [0, 1, -1, 12345, -12345, 2**31 - 1, 2**31, -2**31, 2**32 + 7, 2**40 + 3, -(2**40 + 3),
        2**52, -2**52, 2**52 + 1, 2**53 - 1, -(2**53 - 1), 1103515245, 10**15 + 37]
mods = [2, 3, 7, 2**16, 2**26, 2**26 + 1, 2**31, 2**32, 2**32 + 1, 2**33, 1000000007, 10**15, -7, -2**31]
def products():
  h = 0
  count = 0
  for a in vals:
      for b in vals:
          for m in mods:
              r1 = (a * b + 12345) % m
              r2 = (a * b - 99) % m
              r3 = (a * b + m - 1) % m
              c = m
              r4 = (a * b + c) % m
              assert r1 == plain(a, b, 12345, m), (a, b, m)
              assert r2 == plain(a, b, -99, m), (a, b, m)
              assert r3 == plain(a, b, m - 1, m), (a, b, m)
              assert r4 == plain(a, b, m, m), (a, b, m)
              h = (h * 31 + r1 + 3 * r2 + 5 * r3 + 7 * r4) % 1000000007
              count += 1
          for mask in [0, 1, 0xff, 0x7fffffff, 0xffffffff, 0x1ffffffff, -1, -256]:
              r = (a * b + 1) & mask
              assert r == (a * b + 1 + 2**80 - 2**80) & mask, (a, b, mask)
              h = (h * 31 + r) % 1000000007
  return count, h
print(*products())

# In-place forms, locals as operands, chained + and -.
def generators():
    s = 42
    k = 12345
    m = 2147483648
    seq = []
    for i in range(2000):
        s *= 1103515245
        s += k
        s %= m
        t = (s * 1103515245 + k - i + 7) % m
        u = (s * 6364136223846793005 + 1442695040888963407) % 2**64
        w = (s * 1103515245 + 12345) & 0xffff
        seq.append((s, t, u, w))
    return seq
seq = generators()
print(seq[-1], sum(x[0] for x in seq) % 1000003, sum(x[2] for x in seq) % 1000003, sum(x[3] for x in seq))

# Results that are bools or floats are not fused; neither are int subclasses.
class I(int):
    def __mod__(self, other):
        return 'I.__mod__'
    def __rmod__(self, other):
        return 'I.__rmod__'
print((2**40 * 2**20 + 1) % I(7))
print((2**40 * 2**20 + True) % 7, (2**40 * 2**20 + 1.5) % 7, (2**40 * 2**20 + 1) % 7.0)
try:
    print((2**40 * 2**20 + 1) % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print((2**40 * 2**20 + 1) % 'x')
except TypeError as e:
    print('TypeError', e)

# Shifts: int32 and wider operands, counts past 31, 53 and 1023, negative counts.
xs = [0, 1, -1, 5, -5, 2**31 - 1, -2**31, 2**31, 2**40 + 3, -(2**40 + 3), 2**53 - 1, -(2**53 - 1), 2**53 + 1, -2**70]
ns = [0, 1, 2, 8, 30, 31, 32, 33, 52, 53, 54, 63, 64, 100, 1023, 1024, 5000]
def shifts():
    h = 0
    for x in xs:
        for n in ns:
            r = x >> n
            y = x
            y >>= n
            l = x << n
            assert r == y
            h = (h * 31 + r + 7 * l) % 1000000007
    return h
print(shifts())
print(-1 >> 5000, 7 >> 5000, -7 >> 1, 7 << 53, 7 << 54, 1 << 0, True << 3, True >> 1, False << 70)
for bad in [(1, -1), (2**60, -3), (0, -1)]:
    for op in ('<<', '>>'):
        try:
            print(eval('%d %s %d' % (bad[0], op, bad[1])))
        except ValueError as e:
            print('ValueError', e)
print((2**52 + 1) << 1, (2**52 + 1) >> 1, -(2**52 + 1) >> 1)
