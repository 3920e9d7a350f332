print(7 / 2, -7 / 2, 1 / 3, 2 ** 0.5, 2 ** -1, 10 / 4, 4 / 2)
print(1e308 + 1e308, -(1e308 * 10), 0.1 + 0.7, 1.1 * 3)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, inf > 10**400, inf - inf, inf * 0)
print(abs(-2.5), -(-0.0), 0.0 == -0.0, max(1.5, 2), min(-0.0, 0.0))
print(3.7 // 1, -3.7 // 1, 3.7 % 1, -3.7 % 1)
print(int(3.7), int(-3.7), float(7), 7.0 == 7, hash(7.0) == hash(7))
print(sum([0.1] * 10), 2 ** 1023 * 2.0 if False else "ok")
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(e)
print((-8) ** 0.5 if False else (-1) ** 2, 0.0 ** 0, 0 ** 0)
