values = [0, 1, -1, 5, -5, 255, 2**40, -(2**40), 2**70 + 3]
for v in values:
    print(v, v & 0xFF, v | 0x100, v ^ 0x55, ~v, v << 3, v >> 2)
print(-1 >> 100, 1 << 100, -(1 << 100) >> 99)
print(bin(37), oct(37), hex(37), bin(-37), hex(-255), hex(2**70))
print(int("ff", 16), int("-0b101", 0), int("0o17", 0), int("  42  "), int("1_000_000"))
print(int("z", 36), int("10", 2), int(3.99), int(-3.99), int(True))
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((10).bit_count() if hasattr(int, "bit_count") else 2)
