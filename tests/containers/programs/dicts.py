# dict methods, views, ordering, key equality and CPython's errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 10
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 5), d.setdefault('e', 5), d)
print(d.pop('e'), d.pop('zz', None), d)
attempt(lambda: d.pop('zz'))
attempt(lambda: d['missing'])
attempt(lambda: d[[1]])
attempt(lambda: {}.popitem())
print(d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4); print(d)
attempt(lambda: d.update([1]))
attempt(lambda: d.update([(1, 2, 3)]))
attempt(lambda: d.update(1, 2))
del d['x']; print(d)
def delmissing(): del d['nope']
attempt(delmissing)
print(dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
k = {1: 'int'}; k[1.0] = 'float'; k[True] = 'bool'; print(k)
k2 = {True: 1}; k2[1] = 2; print(k2)
print({0.0: 'a', 0: 'b', False: 'c', -0.0: 'd'})
print({(1, 2): 'a', (1.0, 2.0): 'b', 'x': None, None: 0, 2 ** 64: 'big', float(2 ** 64): 'bigf'})
e = {}
for i in range(10): e[i % 4] = i
print(e)
for i in range(4): del e[i]
for i in [3, 1]: e[i] = 'again'
print(e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {1: 1})
attempt(lambda: {1: 2} < {1: 2})
print({1: 1} | {2: 2}, {1: 1, 2: 2} | {1: 'x'})
m = {1: 1}; m |= {2: 2}; m |= [(3, 3)]; print(m)
attempt(lambda: {1: 1} | [(2, 2)])
ks = {'a': 1, 'b': 2, 'c': 3}.keys()
print(ks, ks & {'a', 'z'}, sorted(ks | {'z'}), sorted(ks - {'a'}), sorted(ks ^ {'a', 'q'}), 'a' in ks, len(ks))
print({'a': 1}.items() & {('a', 1)}, ('a', 1) in {'a': 1}.items(), 1 in {'a': 1}.values())
print({'a': 1}.keys() == {'a'}, list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.items())))
attempt(lambda: hash({}))
rd = {}; rd['self'] = rd; print(rd)
def mutate():
    dd = {1: 1, 2: 2}
    for key in dd:
        dd[key + 10] = 0
attempt(mutate)
class D(dict):
    def __missing__(self, key):
        return key * 2
dm = D(a=1); print(dm['a'], dm['zz'], dm, type(dm.copy()).__name__, 'zz' in dm)
class C:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, C) and o.v == self.v
    def __repr__(self): return f'C({self.v})'
cd = {C(1): 'one', C(2): 'two'}; cd[C(1)] = 'uno'; print(cd, C(2) in cd, cd[C(2)])
print({x: x * x for x in range(4)}, {**{'a': 1}, 'b': 2, **{'a': 3}})
sq = dict(zip('abc', range(3))); print(sq, sorted(sq.items(), key=lambda kv: -kv[1]))
print(list({'one': 1}.items())[0], max({'a': 3, 'b': 5, 'c': 1}, key=lambda q: {'a': 3, 'b': 5, 'c': 1}[q]))
