first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*a, = range(3)
print(a)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
combined = [*"ab", *range(2), *{"k": 1}]
print(combined, (*[1, 2],), {*[1, 1, 2]})
merged = {**{"a": 1}, **{"b": 2}, "a": 3}
print(merged)


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
