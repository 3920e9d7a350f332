import itertools as it
print(list(it.product('ab', range(2))), list(it.product([1, 2], repeat=2)))
print(list(it.permutations('abc', 2)), list(it.permutations(range(3))))
print(list(it.combinations('abcd', 3)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda v: v % 2)])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)))
import operator
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=2)))
print(list(it.pairwise('abcd')), list(it.pairwise([1])))
print(hasattr(it, 'batched'))
try:
    it.batched
except AttributeError as e:
    print(e)
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None, 2)))
print(list(it.islice(range(10), None)), list(it.islice(range(10), 0, 0)))
for bad in [(-1,), (0, -1), (0, 5, 0), ('a',)]:
    try:
        it.islice(range(3), *bad)
    except ValueError as e:
        print('ValueError', e)
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(a), list(b))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.islice(it.count(5, 2), 3)), list(it.islice(it.count(0.5, 0.25), 3)), list(it.islice(it.cycle('ab'), 5)))
print(list(it.repeat('x', 3)), repr(it.repeat('x', 2)), repr(it.count(3)), repr(it.count(1, 2)), repr(it.count(1.5)))
print(list(map(len, it.repeat('ab', 2))))
try:
    list(it.permutations('abc', -1))
except ValueError as e:
    print(e)
try:
    it.combinations('abc')
except TypeError as e:
    print(e)
try:
    it.product('ab', repeat=-1)
except ValueError as e:
    print(e)
print(list(it.product()), list(it.permutations('')), list(it.combinations('', 0)))
g = it.groupby([1, 1, 2]); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(type(it.chain()).__name__, it.tee([1], 3).__class__.__name__, len(it.tee([1], 3)))
tests = ["it.combinations('a')", "it.combinations_with_replacement('a')", "it.combinations()", "it.islice()", "it.islice([1])", "it.permutations()",
"it.product(1)", "it.accumulate()", "it.groupby()", "it.repeat()", "it.count('a')", "it.cycle()", "it.starmap(pow)", "it.compress('a')",
"it.tee([1], -1)", "it.pairwise()", "it.zip_longest(1)", "it.chain(1)", "list(it.chain(1))", "it.dropwhile(None)", "it.takewhile()", "it.filterfalse()",
"it.permutations('ab', 'x')", "it.combinations('ab', 1.5)", "it.islice('a', 1.5)", "it.repeat('a', times=-1)", "list(it.repeat('a', times=-1))",
"it.takewhile(predicate=None, iterable=[])"]
for t in tests:
    try:
        r = eval(t)
        print(t, 'OK', r if isinstance(r, list) else '')
    except Exception as e:
        print(t, type(e).__name__, e)
print(next(it.product(range(10), repeat=12)), list(it.product('ab', [], 'c')), list(it.product('ab', 'cd', 'e')))
print(list(it.product(range(2), repeat=3)), list(it.permutations('abc', True)), list(it.combinations('abcd', False)))
