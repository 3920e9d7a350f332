import itertools as it, operator
objs = [it.count(5), it.count(1.5, 0.5), it.cycle([1]), it.repeat(3), it.repeat('x', 2), it.accumulate([1,2]), it.chain([1],[2]),
        it.chain.from_iterable([[1]]), it.compress('ab', [1,0]), it.dropwhile(bool, []), it.filterfalse(None, []), it.groupby([]),
        it.islice([], 2), it.pairwise([]), it.starmap(pow, []), it.takewhile(bool, []), it.tee([1])[0], it.zip_longest([]),
        it.product([1]), it.permutations([1]), it.combinations([1], 1), it.combinations_with_replacement([1], 1)]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, t.__qualname__, iter(o) is o, hasattr(o, '__next__'))
print(repr(it.count(5)), repr(it.count(1.5, 0.5)), repr(it.repeat(3)), repr(it.repeat('x', 2)), repr(it.count(0, 2)), repr(it.count()))
c = it.count(3); next(c); print(repr(c))
r = it.repeat(1, 3); next(r); print(repr(r), r.__length_hint__())
print(isinstance(it.chain(), it.chain), it.chain.__name__, issubclass(it.count, object))
try:
    it.count('a')
except TypeError as e: print(e)
try:
    it.islice([1], -1)
except ValueError as e: print(e)
try:
    it.repeat()
except TypeError as e: print(e)
try:
    next(it.product(1))
except TypeError as e: print(e)
try:
    it.groupby(1)
except TypeError as e: print(e)
try:
    it.accumulate([1, 'a']).__next__(); list(it.accumulate([1, 'a']))
except TypeError as e: print(e)
print(list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([3,1,4], max)), list(it.batched([1,2,3], 2)) if hasattr(it, 'batched') else 'no batched')
g = it.groupby('aabbbc')
k, grp = next(g); print(k, type(grp).__name__, list(grp))
print([(k, len(list(v))) for k, v in it.groupby(sorted('mississippi'))])
print(list(it.islice(it.count(), 2, 10, 3)), list(it.starmap(operator.mul, [(2, 3), (4, 5)])))
a, b = it.tee(range(3)); print(list(a), list(b), type(a).__name__)
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.pairwise('abcd')))
try:
    it.chain(1)
    list(it.chain(1))
except TypeError as e: print(e)
print(type(it.count(1)) is it.count)
class C(it.count):
    pass
print(type(C(2)).__name__, next(C(2)))

import random
rng = random.Random(3)
def consumed(data, r):
    i = iter(data)
    head = list(it.islice(i, 1, r + 1, 2))
    return head, list(i)
def take(x, n=40):
    return list(it.islice(x, n))
for _ in range(60):
    data = [rng.randrange(6) for _ in range(rng.randrange(12))]
    r = rng.randrange(0, 5)
    start = rng.randrange(-5, 5)
    print(data, r, take(it.count(start, 3), 5), take(it.cycle(data), 15), list(it.repeat(data[:1], r)))
    print(list(it.accumulate(data)), list(it.accumulate(data, max, initial=2)), list(it.compress('abcdefghijkl', data)))
    print(list(it.dropwhile(lambda x: x < 3, data)), list(it.takewhile(lambda x: x < 4, data)),
          list(it.filterfalse(lambda x: x % 2, data)), list(it.filterfalse(None, data)))
    print([(k, list(g)) for k, g in it.groupby(sorted(data))], [(k, list(g)) for k, g in it.groupby(data, key=lambda x: x // 2)],
          [k for k, g in it.groupby(data)])
    print(list(it.islice(data, r)), list(it.islice(data, r, r + 5, r + 1)), list(it.islice(data, r, None, 2)), consumed(data, r))
    print(list(it.pairwise(data)), list(it.starmap(pow, zip(data, data))), [list(t) for t in it.tee(data, r)],
          list(it.zip_longest(data, 'abc', fillvalue='-')))
    print(len(list(it.product(data[:3], 'ab', repeat=min(r, 2)))), list(it.permutations(data[:4], r))[:6],
          list(it.permutations(data[:3])), list(it.combinations(data[:6], r))[-3:], list(it.combinations_with_replacement(data[:4], r))[:5])
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
g = it.groupby('aabbbc'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
i = iter(range(10)); print(list(it.islice(i, 2, 6, 2)), next(i))
print(list(it.zip_longest()), list(it.product()), list(it.combinations('abc', 5)), list(it.product(repeat=0)))
print(list(it.accumulate([])), list(it.accumulate([], initial=5)), list(it.permutations([], 0)), list(it.combinations_with_replacement([], 0)))
t1, t2 = it.tee(it.count()); t3, t4 = it.tee(t1, 2); print(t3 is t1, next(t1), next(t3), next(t4), next(t2), type(t3).__name__)
print(t1.__copy__().__next__(), list(it.islice(t2, 3)))
c = it.cycle('ab'); print([next(c) for _ in range(5)])
keys = it.groupby([1, 1, 2, 2, 1]); groups = [(k, g) for k, g in keys]; print([(k, list(g)) for k, g in groups])
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, o.v); return self.v == o.v
print([(k.v, len(list(g))) for k, g in it.groupby([K(1), K(1), K(2)])])
class Sub(it.chain):
    def __repr__(self): return 'Sub!'
print(repr(Sub([1], [2])), list(Sub([1], [2])), isinstance(it.product(), it.product), it.product.__module__)
