pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 1), (10**20, 7), (-10**20, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (1e300, 3.7), (-0.0, 5.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
