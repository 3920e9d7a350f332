t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, 2 in t)
single = (5,)
empty = ()
print(single, empty, type(single).__name__, len(empty))
a, b, c = t
print(a, b, c)
first, *rest = t
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
print(t.count(2), t.index(3), tuple("abc"), tuple([1, 2]))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9, 9))
nested = ((1, 2), (3, 4))
print([x + y for x, y in nested])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
