cases = [(7, 3), (-7, 3), (7, -3), (-7, -3), (1, 7), (10 ** 30, 3), (-10 ** 30, 7)]
for a, b in cases:
    q, r = divmod(a, b)
    print(f"{a} // {b} = {a // b}, % = {a % b}, q*b+r == a: {q * b + r == a}, true div {a / b!r}")
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(7 / 2))
print(round(123456, -3), round(-123456, -2), round(15, -1), round(25, -1))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** -2, (-2) ** 3, -2 ** 2, (-8) // 3)
print(abs(-10 ** 20) // 10 ** 19, (10 ** 20 + 1) / 10 ** 20, 2 ** 64 / 2 ** 63)
