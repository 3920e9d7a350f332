a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a < a, a.isdisjoint({9}), {1, 2}.issubset(a), a.issuperset({1}))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([5, 6], {7})
print(sorted(s), len(s), 3 in s)
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), f == {1, 2, 3}, {f: "frozen"}[frozenset({1, 2, 3})])
print(sorted({x % 5 for x in range(20)}), set() == set(), {1, 2, 3})
words = ["apple", "banana", "apple", "cherry", "banana"]
print(sorted(set(words)), len(set(words)))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
x = {1, 2, 3}
x -= {1}
x |= {10}
x &= {2, 10}
print(sorted(x), x.pop() in (2, 10))
