# int/float methods used by numeric code.
for x, nd in [(2.675, 2), (1.005, 2), (0.5, None), (1.5, None), (2.5, None), (-2.5, None),
              (1234.5678, -2), (1e300, 2), (123, -1), (125, -1), (135, -1), (-125, -1), (7, 0), (0.0, 1), (-0.0, 1)]:
    r = round(x) if nd is None else round(x, nd)
    print(repr(x), nd, repr(r), type(r).__name__)
print(round(float("inf"), 2), round(float("nan"), 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for f in [1.0, 0.1, -2.5, 0.0, -0.0, 1e-320, 1.7976931348623157e308, float("inf"), float("nan"), 3.0e-5]:
    print(f.hex())
for s in ["0x1.8p1", "0x1p-1074", "-0x.8p0", "0X1P+2", "inf", "-nan", "0x1.fffffffffffff8p1023", " 0x10 "]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (65535).to_bytes(4, byteorder="little"))
print((5).to_bytes(), (2**64).to_bytes(9, "big"))
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)]:
    try:
        n, length, order, *signed = args
        n.to_bytes(length, order, signed=bool(signed and signed[0]))
    except OverflowError as e:
        print("OverflowError", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80"))
print((0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (10).as_integer_ratio(), (2.0**60).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (-1e-300, 1e300), (5, -3), (-5, 3), (0.0, -1.0)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(1.0, 0.0), (1, 0), (0.0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print((10).bit_length(), (-10).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count())
print((3.0).is_integer(), (3.5).is_integer(), (7).conjugate(), (2.5).real, (2.5).imag, (5).numerator, (5).denominator)
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("1_000"), int(" -42 "), int("z", 36), int("٣"))
for s, base in [("08", 0), ("1__0", 10), ("", 10), ("12", 1), ("0x", 16), ("9", 8), ("1.5", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
print(float("1_000.5"), float(" -1e3 "), float("infinity"), float("-iNF"), float("nan"))
for s in ["1__0", "abc", "", "1e", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(int(3.99), int(-3.99), int(True), int(1e20), float(2**53 + 1), float(10**308))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(2**-1, 2**0.5, (-8)**(1/3), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), 0**0, 0.0**0)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(abs(-5), abs(-0.0), abs(True), -True, ~5, ~-1, 7 >> 1, -7 >> 1, 1 << 70, -1 << 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(hash(1.0) == hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(0.5), hash(-0.0))
print(1e16, 1.5e-7, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 100.0, 1e22, 1e21, 12345678901234567890.0)
print(float.__repr__(5e-324), 5e-324 / 2, 1.7976931348623157e308 * 10, -1e309)
print(True + True, True * 3.5, 3 / 2, -3 // 2, 3 % -2, -3 % 2, 3.5 // 1, -0.5 // 1)
