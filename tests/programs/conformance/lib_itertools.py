# itertools: the combinatoric generators, accumulate, groupby, chain,
# islice, count/cycle/repeat, tee, zip_longest, starmap, pairwise, product.
import itertools as it
import operator

print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'xy')))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
data = sorted('mississippi')
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, [w for w in g]) for k, g in it.groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])])
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.islice(range(100), 5, 20, 4)), list(it.islice('abcdef', 3)), list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), list(zip(it.repeat(1), 'abc')))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.pairwise('abcd')), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(7))), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.count(0.5, 0.25))[:0] if False else list(it.islice(it.count(0.5, 0.25), 3)))
try:
    list(it.islice('abc', -1))
except ValueError as e:
    print('ValueError:', e)
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.permutations([])), list(it.product()))
