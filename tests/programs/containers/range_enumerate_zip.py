print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[2], r[-1], 9 in r, 10 in r, r.index(13), r[1:3])
print(list(enumerate("abc")), list(enumerate("abc", start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("ab", [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(range(5))), list(reversed([1, 2, 3])), sum(range(101)))
print(list(map(str, range(3))), list(filter(None, [0, 1, "", "a", None])))
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3), hash(range(3)) == hash(range(0, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
big = range(10**20)
print(len(range(10**6)), big[10**19], 10**19 in big)
