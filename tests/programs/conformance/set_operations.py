# set and frozenset operations, comparisons, in-place updates and errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
print(a.union([7], (8,)), a.intersection('x'), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
c = set()
c.add(3)
c.update([1, 2], {9})
c.discard(100)
c.remove(9)
print(sorted(c), len(c), 2 in c, 7 not in c)
try:
    c.remove(100)
except KeyError as e:
    print('KeyError:', e)
print(c.pop() in {1, 2, 3}, len(c))
c.clear()
print(c, set('abcabc') == {'a', 'b', 'c'}, frozenset([1, 2]) == {1, 2}, {frozenset([1]): 'fs'})
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {7, 2}
print(s, sorted({-1, 5, 3, 0}), sorted({'b', 'a'}), set(), frozenset(), {0, 0.0, False})
print({x % 3 for x in range(10)}, set([1, 2]) == frozenset([1, 2]), {1, 2} == [1, 2])
print(max({3, 1, 2}), min({3, 1, 2}), sum({1, 2, 3}), sorted({(1, 'a'), (0, 'b')}))
