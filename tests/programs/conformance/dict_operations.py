# dict operations: ordering, views and their set operations, update forms,
# setdefault/pop/popitem, merge operators, mutation during iteration.
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
print(d.get('z'), d.get('z', 0), d.setdefault('a', 100), d.setdefault('e', 5), d)
print(d.pop('e'), d.pop('zz', 'default'), d.popitem(), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d, d | {'a': 0}, {'q': 1} | d)
d |= {'b': 20}
print(d)
k = d.keys()
print(k & {'a', 'x', 'nope'} == {'a', 'x'}, k - {'a'} == {'b', 'x', 'y', 'z'}, 'a' in k, reversed(d) is not None, list(reversed(d)))
print(d.items() & {('a', 1)}, {('b', 20)} <= d.items())
del d['a']
print(d, 'a' in d, d == {'b': 20, 'x': 1, 'y': 2, 'z': 3}, d != {})
try:
    for key in d:
        d[key + '!'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(dict(a=1, b=2), dict([('x', 1)], y=2), dict(zip('ab', [1, 2])), dict({1: 2}))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
try:
    {[]: 1}
except TypeError as e:
    print('TypeError:', e)
nested = {'outer': {'inner': [1, 2]}}
copy = dict(nested)
copy['outer']['inner'].append(3)
print(nested, {1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 'tuple'}[(1, 2)])
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), max({'a': 5, 'b': 9}, key={'a': 5, 'b': 9}.get))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
print(repr({}), str({'k': 'v'}), {'a': [1, {'b': None}]}, {1: {2: {3: {}}}})
r = {}
r['self'] = r
print(r)
