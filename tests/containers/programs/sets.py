# set and frozenset: iteration order of ints, operators, methods and errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print({3, 1, 2}, {10, 100, 1000, 5, 50}, {-1, -2, 3}, set(range(20, 0, -3)), {2 ** 40, 7, 2 ** 62})
print({(1, 2), (3, 4), (0, 0)}, {1.5, 2.5, 0.5}, {True, 1, 1.0}, {0, False, 0.0})
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(s)
attempt(lambda: s.remove(10))
attempt(lambda: set().pop())
print(s.pop(), s)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 9]))
print(a <= b, a < a, a <= a, {1} < a, a >= {1, 2}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset((1,)), a.isdisjoint({9}), a.isdisjoint([4]))
c = set(a); c |= {10}; c &= {1, 10, 3}; c -= {1}; c ^= {99, 3}; print(c)
c.update([5], (6,)); c.intersection_update({5, 6, 99}); c.difference_update([6]); c.symmetric_difference_update({1}); print(c)
attempt(lambda: a | [1])
attempt(lambda: a < [1])
attempt(lambda: {[1]})
attempt(lambda: a.add({}))
print(frozenset([3, 1]), frozenset(), set(), frozenset({1}) | {2}, {2} | frozenset({1}), type({1} & frozenset({1})).__name__)
print(hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) == {1, 2}, {frozenset([1]): 'x'})
print({1, 2} in {frozenset({1, 2})}, set('hello'.replace('l', '')) == {'h', 'e', 'o'})
print(sorted({'pear', 'apple', 'fig'}), len({1, 1, 1}), 2 in {1, 2}, [] in [set()] if False else 'skip')
big = set(range(100)); big -= set(range(0, 100, 3)); print(list(big)[:10], len(big))
t = set()
for i in [37, 5, 69, 101, 3, 16, 48]: t.add(i)
print(t)
for i in [5, 69]: t.discard(i)
t.add(133); t.add(21); print(t)
g = {n * 7 for n in range(15)}; print(g)
print({x % 5 for x in range(20)}, {(i, j) for i in range(2) for j in range(2)})
class S(set):
    pass
print(S([1, 2]), type(S([1]) | {2}).__name__, S())
fs = frozenset([S([1]) and 1]); print(fs)
def mutate():
    m = {1, 2, 3}
    for v in m:
        m.add(v + 10)
attempt(mutate)
rs = set(); print(repr(rs), str(frozenset([1, 2])))
