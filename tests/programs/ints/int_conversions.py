print(int("123"), int("-0"), int("+7"), int(" 0x1f ", 16), int("0x1f", 0))
print(float(10**20), float(2**63), float(-(2**53 + 1)))
print(int(1e20), int(2.5e15), int(-1.5), round(2.5), round(3.5), round(-2.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), type(round(7.6)), round(7.65, 1), round(2.675, 2))
print(bool(0), bool(-3), bool(10**100))
print(str(-0), abs(-10**25))
print(pow(3, 200, 1000007), pow(2, -1), pow(-2, 3), pow(7, -1, 13))
print(pow(10, 20), 10 ** -2, (-8) ** (1/3) if False else "skip")
print(max(3, 10**20, -5), min([4, -2, 9]), sum(range(101)), sum([10**20, 1]))
try:
    int("")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
