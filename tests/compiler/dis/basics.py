x = 1 + 2 * 3
y = -x ** 2, (1, 2) + (3,), "ab" * 3, not 0
a, *b, c = range(5)
a, b = b, a
d = {"k": x, "j": y}
d["k"] += 1
obj = type("O", (), {})()
obj.attr = [1, 2, *b]
obj.attr[1:2] = {3, 4}
print(x, *b, sep=", ", **{"end": "\n"})
print(f"{x!r:>{y[0]}} and {a}")
z = 0 < x <= 10 and x in [1, 2, 3] or x is not None
del d["k"], obj.attr
w = x if z else y
