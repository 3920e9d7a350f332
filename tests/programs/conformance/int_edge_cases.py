# int arithmetic corner cases: floor division and modulo signs, big ints,
# bases, bit operations, conversions and their errors.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-10**20, 7)]:
    print(a // b, a % b, divmod(a, b), -a // b, a / b)
print(2 ** 100, -2 ** 3, (-2) ** 3, 2 ** -1, pow(2, 10, 1000), pow(3, -1, 7), 0 ** 0)
print(int('42'), int('-0x1f', 16), int('0b101', 0), int('0o17', 0), int('z', 36), int(' 12 '), int('1_000'), int(3.99), int(-3.99))
for s in ['', '1.5', '0x', '1__0', 'abc', '12a']:
    try:
        int(s)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError:', e)
print(bin(10), oct(-8), hex(255), hex(-256), bin(0), (255).bit_length(), (-1).bit_length(), (0).bit_length())
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, 1 << 70, -1 << 3, 255 >> 4)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    5 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(abs(-10**30), round(1234, -2), round(1250, -2), round(1350, -2), round(-15, -1), (10).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int(True), True + True, 3 * False, divmod(-1, 3), (-1) ** 0.5 if False else 'skip', 10 ** 18 + 1, 999999999999999999 * 999999999999999999)
print((12).__index__(), (2**64).bit_count() if hasattr(int, 'bit_count') else '', int.__name__, isinstance(True, int), (7).real, (7).imag, (7).numerator, (7).denominator)
print(sum(range(101)), max(3, -10**20, 2), min([5, 2, 8]), sorted([3, -1, 10**20, 0]))
