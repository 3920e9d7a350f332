# Subclasses of list/dict/tuple/str/set overriding __iter__, __len__, keys or __getitem__: which operations iterate and which read the storage.
class L(list):
    def __getitem__(self, i): return 'item%r' % (i,)
    def __len__(self): return 99
    def __iter__(self): return iter(['it'])
    def __contains__(self, x): return x == 'magic'
l = L([1, 2])
print(l[0], len(l), list(l), 'magic' in l, 1 in l, [*l], sorted(l), str(l), repr(l), l == [1, 2], bool(l), ','.join(map(str, l)))
class D(dict):
    def __getitem__(self, k): return 'got-' + str(k)
    def keys(self): return ['x', 'y']
    def __iter__(self): return iter(['i1'])
    def __len__(self): return 7
d = D(a=1)
print(d['a'], dict(d), {**d}, list(d), len(d), d.get('a'), list(d.items()), repr(d), str(d), d.copy())
def f(**kw): return kw
print(f(**d))
class T(tuple):
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 5
t = T((1, 2))
print(t, list(t), len(t), tuple(t), [*t], t[0], t + (3,), sum(t), max(t), 'x%sy%s' % t if False else '')
a, b = t; print(a, b)
class S(str):
    def __iter__(self): return iter('zz')
    def __len__(self): return 1
s = S('abc')
print(list(s), len(s), ''.join(s), s.upper(), s[0], [c for c in s], set(s) == {'z'}, sorted(s), s.split('b'))
class St(set):
    def __iter__(self): return iter([0])
st = St({1, 2})
print(sorted(st), list(st), st | {3}, len(st), 1 in st, frozenset(st), set(st))
