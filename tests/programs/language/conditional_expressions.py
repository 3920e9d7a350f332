def sign(n):
    return "positive" if n > 0 else "negative" if n < 0 else "zero"


print([sign(n) for n in (-2, 0, 3)])
x = 7
parity = "even" if x % 2 == 0 else "odd"
print(parity, [("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
value = None
print(value if value is not None else "fallback", (lambda v: v * 2 if v else -1)(0))
