for n in [0, 7, -7, 255, 10 ** 18, -(2 ** 70)]:
    print(n, str(n), repr(n), format(n, "x"), format(n, "b")[:20], int(str(n)) == n)
print(int("0b1010", 0), int("0o777", 0), int("0xDEAD", 0), int("  -12  "), int("+5"), int("٣"))
print(int("zz", 36), int("10", 16), int("777", 8), int("1" * 20, 2))
for bad in ["1.5", "0x10", "", " ", "1_", "_1", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(len(str(2 ** 10000)), str(10 ** 100)[:5])
