def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show(), show(1, 2), show(a=1), show(1, b=2, c=3))


def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale


print(total(1), total(1, 2, 3), total(1, 2, scale=10))


def kw_only(a, *, b, c=3):
    return a, b, c


print(kw_only(1, b=2), kw_only(1, c=5, b=4))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def everything(a, /, b, *args, c, **kw):
    return a, b, args, c, kw


print(everything(1, 2, 3, 4, c=5, d=6))
