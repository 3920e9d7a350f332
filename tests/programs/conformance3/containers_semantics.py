# Container semantics: mutation during iteration, slicing assignment,
# dict ordering and views, set algebra, sort stability and errors.
d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d.keys()), list(d.values()), list(d.items()), d.keys() & {"a", "z"}, d.items() | {("q", 1)} >= {("a", 2)})
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s = {1, 2}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
keys = d.keys()
d["late"] = 0
print(len(keys), "late" in keys, reversed(d).__class__.__name__, list(reversed(d)))
print(dict.fromkeys("ab", 0), dict(zip("xy", (1, 2))), {**d, "a": None} == d, d | {"a": 0}, d.copy() == d, d.get("zz"), d.setdefault("s", []))
od = dict(a=1)
od |= {"b": 2}
print(od, od.pop("a"), od.pop("zz", "dflt"), od.popitem(), od)

a = list(range(10))
a[2:5] = ["x"]
print(a)
a[::3] = "ABC"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[::2]
print(a, a[-100:100], a[5:2], a[::-2], a[1:-1])
b = [1, 2, 3]
b[1:1] = [9, 9]
b[len(b):] = [7]
b[:0] = (0,)
print(b, b.index(9), b.index(9, 3), b.count(9))
try:
    b.index(9, 4)
except ValueError as e:
    print("ValueError:", e)
b *= 2
print(b, [[]] * 2, [0] * -1, b[-1], b.pop(0), b.pop(-2), b)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)

s1, s2 = {1, 2, 3}, {3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s1, s1 < s1, {1} < s1, s1.isdisjoint({9}), frozenset(s1) == s1, {frozenset([1])} )
print(sorted(s1.union([5], (6,))), s1.intersection(s2, {3}), s1.difference(), s1.symmetric_difference([1]))
s3 = set()
s3 |= {1}
s3 ^= {1, 2}
s3 -= {5}
print(s3, set("hello") == set("olleh"), {1, True, 1.0}, {0, False, 0.0, -0.0})
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    s1 - [1]
except TypeError as e:
    print("TypeError:", e)

pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), min(words, key=len), max(words))
lst2 = [3, 1, 2]
print(lst2.sort(), lst2, sorted("cba"), sorted({3: 0, 1: 0}), list(reversed(lst2)), lst2[::-1])
class Bad:
    def __lt__(self, o):
        raise ValueError("no order")
try:
    sorted([Bad(), Bad()])
except ValueError as e:
    print("ValueError:", e)
mut = [3, 2, 1]
def key(v):
    mut.append(0)
    return v
try:
    mut.sort(key=key)
except ValueError as e:
    print("ValueError:", e)

t = (1, [2], "three")
t[1].append(3)
print(t, t + (4,), t * 2, t.index("three"), (1, 2) < (1, 2, 0), (1, "a") < (1, "b"), () == (), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
print([1, 2] == [1, 2.0], [1] < [1, 0], [[1]] == [[True]], {1: "a"} == {1.0: "a"}, [] is not [], list(range(5))[slice(1, None, 2)])

import collections
dq = collections.deque(range(5), maxlen=4)
dq.append(9); dq.appendleft(-1); dq.rotate(2)
print(dq, dq.maxlen, dq[0], list(dq)[-1], dq.count(9))
c = collections.Counter("mississippi")
print(c.most_common(2), c["zzz"], sorted(c.elements())[:4], c - collections.Counter("ss"), c + collections.Counter("m"))
dd = collections.defaultdict(lambda: "x")
print(dd["missing"], dict(dd), "other" in dd)
ch = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(ch["a"], ch["b"], len(ch), sorted(ch))
