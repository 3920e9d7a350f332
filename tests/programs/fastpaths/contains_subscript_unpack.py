# CONTAINS_OP on exact sets/dicts/strs, str subscripts, the exact container
# constructors (set/list/tuple/dict/str/frozenset called directly) and
# UNPACK_SEQUENCE followed by stores: each against what subclasses, keys
# with their own __eq__/__hash__, NaN, -0.0 and astral/surrogate strs do.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and self.v == other.v or self.v == other


s = {1, 2.5, "a", (1, 2), frozenset({3})}
for probe in [1, 1.0, True, 2.5, "a", "b", (1, 2), (1, 2.0), frozenset({3}), {3}, -0.0, 0]:
    print(repr(probe), probe in s, probe not in s)
try:
    [] in s
except TypeError as e:
    print("TypeError", e)
try:
    {} in {1: 2}
except TypeError as e:
    print("TypeError", e)

nan = float("nan")
ns = {nan, 0.0}
print(nan in ns, float("nan") in ns, -0.0 in ns, 0 in ns, False in ns)
d = {1: "one", "x": 2, (1, 2): 3, nan: 4}
print(1 in d, 1.0 in d, True in d, "x" in d, "y" in d, (1, 2) in d, nan in d, float("nan") in d)

k1 = Key(5)
ks = {k1}
print(Key(5) in ks, Key(6) in ks, 5 in ks, k1 in ks)
kd = {k1: 1}
print(Key(5) in kd, 5 in kd, 5.0 in kd, Key(6) in kd)
kd[5] = 2
print(kd[Key(5)], len(kd), kd.get(5), kd.pop(5), len(kd))
pd = {5: "int", -1: "minus one", "s": 1}
print(Key(5) in pd, pd[Key(5)], Key(-1) in pd, Key(7) in pd)
sd = {Key("s"): 1}
print("s" in sd, sd["s"], sd.get("s"), "t" in sd)
sd["s"] = 2
print(len(sd), sd.pop("s"), sd)
del pd[Key(5)]
print(pd)


class S(set):
    def __contains__(self, x):
        print("S.__contains__", x)
        return True


class D(dict):
    def __contains__(self, x):
        return x == "magic"


class Str(str):
    def __contains__(self, x):
        return x == "zzz"


print(7 in S({1}), "magic" in D(), "a" in D(a=1), "zzz" in Str("abc"), "a" in Str("abc"))
print(1 in frozenset({1, 2}), 3 not in frozenset({1, 2}))

astral = "a\U0001F600b"
print("\U0001F600" in astral, "a" in astral, "" in astral, "\ud83d" in astral, "\ude00" in astral)
print("\ud83d" in "x\ud83d", "\ude00" in "\ude00y", "b" in "", "" in "")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)

for text in ["hello", astral, "", "\u00e9t\u00e9"]:
    out = []
    for i in range(-len(text) - 1, len(text) + 1):
        try:
            out.append(text[i])
        except IndexError as e:
            out.append("IndexError: " + str(e))
    print(out)
    print(text[1:], text[::-1], text[:2], text[-2:], text[::2], text[False:], text[True] if text else "")
one = 1.0
try:
    "abc"[one]
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[2 ** 70]
except IndexError as e:
    print("IndexError", e)


class I:
    def __index__(self):
        return 1


print("abc"[I()], [10, 20][I()], "abcdef"[I():I()], "abc"[-1])

print(set(), set("abca") == {"a", "b", "c"}, sorted(set([3, 1, 2])), set({1: 2}), set(frozenset({4})))
print(frozenset(), frozenset("aa"), frozenset([1]) == {1})
fs = frozenset({1, 2})
print(frozenset(fs) is fs, tuple((1, 2)) == (1, 2), list((1, 2)), list("ab"), list(range(3)), list({"k": 1}))
t = (1, 2, 3)
print(tuple(t) is t, tuple([1, 2]), tuple(), tuple("xy"), dict(), dict([(1, 2), ("a", "b")]), dict({"q": 1}), dict(a=1))
print(str(), str(5), str(2.5), str([1, "a"]), str(None), str(b"x"), str(b"x", "ascii"), repr(str("s")))
for bad in [lambda: set(1), lambda: set(1, 2), lambda: set(x=1), lambda: list(3), lambda: list(1, 2),
            lambda: list(a=1), lambda: tuple(3), lambda: tuple(1, 2), lambda: dict(1), lambda: dict([1]),
            lambda: dict(1, 2), lambda: frozenset(1), lambda: frozenset(1, 2), lambda: str(1, 2, 3, 4)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class L(list):
    pass


class T(tuple):
    pass


print(type(L((1,))), L("ab"), type(T()), T("ab"), type(S()), type(D(a=1)))


def unpack():
    t = (1, 2, 3)
    a, b, c = t
    print(a, b, c)
    x, y = [4, 5]
    print(x, y)
    p, q = "pq"
    print(p, q)
    m, (n, o), r = 1, (2, 3), 4
    print(m, n, o, r)
    lst = [0, 0]
    lst[0], lst[1] = t[:2]
    print(lst)
    u, v = {7: 1, 8: 2}
    print(u, v)
    try:
        e, f = t
    except ValueError as err:
        print("ValueError", err)
    try:
        e, f, g, h = t
    except ValueError as err:
        print("ValueError", err)
    try:
        e, f = 5
    except TypeError as err:
        print("TypeError", err)
    w = None
    for w, z in [(1, 2), (3, 4)]:
        pass
    print(w, z)


unpack()

it = iter((1, 2))
print(type(it).__name__, type(iter([1])).__name__, next(it), list(it), list(it), isinstance(it, type(iter([]))))
print(it.__length_hint__() if hasattr(it, "__length_hint__") else "-", [x for x in (3, 4)], sum(x for x in (5, 6)))
for t in [(), (1,), tuple(range(5))]:
    print([x * 2 for x in t], list(reversed(t)))
dd = {1: 1, 2: 2, "a": 3}
del dd[2]
del dd["a"]
try:
    del dd["zz"]
except KeyError as e:
    print("KeyError", e)
ll = [1, 2, 3, 4, 5]
del ll[0]
del ll[-1]
del ll[::2]
print(dd, ll)
try:
    del ll[10]
except IndexError as e:
    print("IndexError", e)
li = [1, 2, 3]
fw = iter(li)
rv = reversed(li)
print(fw.__length_hint__(), rv.__length_hint__(), next(fw), next(rv), fw.__length_hint__(), rv.__length_hint__())
li.append(4)
print(fw.__length_hint__(), rv.__length_hint__(), list(fw), fw.__length_hint__())
li.clear()
print(rv.__length_hint__(), list(rv), iter((1, 2, 3)).__length_hint__())
