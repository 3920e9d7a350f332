# f(*x)/f(**m), unpacking, joins, builtins and update() over list/tuple/dict subclasses that override __iter__, keys or __getitem__.
class L(list):
    def __iter__(self): return iter(['a', 'b', 'c'])
class T(tuple):
    def __iter__(self): return iter([7, 8])
class D(dict):
    def __iter__(self): return iter(['k'])
    def keys(self): return ['k']
    def __getitem__(self, k): return 'v-' + k
class G(dict):
    def __getitem__(self, k): return 'never'
l, t = L([1, 2]), T((1, 2, 3))
def f(*a, **k): return a, k
print(f(*l), f(*t), f(**D(z=1)), f(**G(z=1)), f(x=0, **D(z=1)), f(x=0, **G(z=1)))
print(','.join(l), max(l), sorted(t), sum(t), list(enumerate(t)), list(zip(l, t)), set(l) == {'a', 'b', 'c'}, set(t), frozenset(t))
print([*l, *t], (*t,), {*t}, {**D(z=1)}, {**G(z=1)}, dict(D(z=1)), dict(G(z=1)), D(z=1).copy(), G(z=1).copy())
print(any(t), all(l), list(map(str, t)), list(filter(None, l)), ''.join(reversed(l)) if False else '', 7 in t, 'a' in l, l.index(2), t.count(7))
print(tuple(l), list(t), bytes(T((65, 66))), bytearray(T((65,))), str(l), repr(t), len(l), len(t), l[0], t[0], l + [3], t + (4,))
a, b = t; print(a, b)
x, *y = l; print(x, y)
for i, v in enumerate(t): print(i, v, end=' ')
print()
print(min(T((5, 6))), list(iter(l)), [v for v in t], dict.fromkeys(t), sorted(D(z=1).items()), list(D(z=1).values()))
import collections, itertools
print(collections.Counter(t), collections.deque(l), list(itertools.chain(l, t)), collections.OrderedDict(D(z=1)))
d = {}; d.update(D(z=1)); print(d)
d = {}; d.update(G(z=1)); print(d)
s = set(); s.update(t); print(s)
lst = [0]; lst.extend(t); lst += l; print(lst)
print('%s-%s-%s' % T(('p', 'q', 'r')), '{}{}'.format(*t), str.format('{0}', *l))
