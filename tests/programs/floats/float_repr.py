values = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
          0.0001234, 1.5e300, 5e-324, -0.0, 2.0**0.5, 100.0, 1e22, 1e23, 3.14159]
for v in values:
    print(v, repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("-1e500"), float(" 2.5 "), float("1_0.5"))
print(1.0.hex() if hasattr(1.0, "hex") else "", (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.0).is_integer(), (3.5).is_integer())
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(2.5 == 5/2, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
