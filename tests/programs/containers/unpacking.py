a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
def f(a, b, c):
    return a + b + c
print(f(*[1, 2], 3), f(**{"a": 1, "b": 2, "c": 3}), f(1, *(2,), **{"c": 3}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
