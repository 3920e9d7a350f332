# Iteration builtins and itertools.
import itertools as it
import io
buf = io.StringIO("a\nb\n\nc\n")
print(list(iter(buf.readline, "\n")))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class Countdown:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return self.n - i
    def __reversed__(self): return iter(range(1, self.n + 1))
print(list(Countdown(3)), list(reversed(Countdown(3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return "abc"[i]
print(list(reversed(Seq())), "b" in Seq(), list(enumerate(Seq(), start=10)))
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError", e)
try:
    reversed({1: 2}.items()) and print("dict items reversible")
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("ab", -1)), list(enumerate("xy", start=True)))
print(list(zip("ab", [1, 2], strict=True)))
for args in [("ab", [1]), ("a", [1, 2]), ("ab", "ab", "a")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], key=lambda s: s[0])
for k, g in it.groupby(data, key=lambda s: s[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcaa")])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([3, 1, 4], max)))
print(list(it.accumulate([], initial=0)), list(it.accumulate("abc")))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), repeat=3))), list(it.product()))
print(list(it.permutations("abc", 2)), list(it.permutations(range(3)))[:3], list(it.permutations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations(range(4), 3)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.islice(range(20), 2, 15, 4)), list(it.islice("abcdef", 3)), list(it.islice("abc", None)), list(it.islice(range(10), 5, None)))
for bad in [(-1,), (0, 5, 0), (1.5,)]:
    try:
        it.islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
t3 = it.tee("xy", 3)
print(len(t3), [list(t) for t in t3])
print(list(it.chain.from_iterable(["ab", "cd", [1]])), list(it.chain("a", [1], (2,))))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.repeat("r", 3)), list(zip(it.count(5, 0.5), "abc")), list(it.islice(it.cycle("ab"), 5)))
print(sorted([("b", 2), ("a", 2), ("c", 1), ("d", 1)], key=lambda p: p[1]))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted([3, 1, 2], reverse=True), sorted("hello", key=lambda c: -ord(c)))
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"], reverse=True)])
d1 = {"a": 1, "b": 2, "c": 3}; d2 = {"b": 20, "d": 4}
print(d1.keys() & d2.keys(), sorted(d1.keys() | d2.keys()), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ d2), d1.items() & {("a", 1)})
print(d1.keys() == {"a", "b", "c"}, d1.keys() <= {"a", "b", "c", "z"}, d1 | d2, {**d1, **d2} == (d1 | d2), d1.keys().isdisjoint({"q"}))
print(list(reversed(d1)), list(reversed(d1.values())), list(reversed(d1.items())))
print(max([], default="empty"), min([4, 2, 8], key=lambda v: -v), max("abc", "xyz", key=len), min((1, "a"), (1, "b")))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
print(sum([[1], [2]], []), sum([0.1] * 3), sum(range(5), start=10), any([]), all([]), any(x > 2 for x in [1, 3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, None, 2])), next(iter([]), "dflt"))
m = map(str, [1, 2]); print(next(m), list(m), list(m))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
