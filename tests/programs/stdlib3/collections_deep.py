from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
import collections.abc as cabc
c = Counter({'a': 3, 'b': 3, 'c': 1, 'd': 3})
print(c.most_common(2), c.most_common(0), c.most_common(-1), list(c), c.most_common()[-1])
words = 'the cat and the hat and the bat'.split()
wc = Counter(words); print(wc.most_common(3), wc['the'], sum(wc.values()), sorted(wc.items(), key=lambda kv: (-kv[1], kv[0])))
print(Counter(a=3) == Counter(a=3, b=0), Counter(a=1) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0), Counter('ab') != Counter('ba'))
print(repr(Counter(b=2, a=2, c=5)), str(Counter({'x': -1, 'y': 0})), Counter(['a', 'b']) + Counter({'a': -5}))
c3 = Counter(a=1); c3['b'] += 1; del c3['zz']; c3.update({'a': 2}); print(c3, c3.pop('a'), c3)
print(Counter.fromkeys if False else '', dict(Counter('hello')), Counter('hello').keys())
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
dd = defaultdict(lambda: 'dflt'); dd['x']; print(dict(dd), dd.default_factory() if dd.default_factory else '', 'y' in dd, dd.get('y'))
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 2; print({k: dict(v) for k, v in nested.items()})
print(repr(defaultdict(list, a=[1])), defaultdict(set).__class__.__name__, defaultdict(int, {'a': 1}) == {'a': 1})
dd2 = defaultdict(int); dd3 = dd2.copy(); dd3['q'] += 1; print(dd2, dd3, type(dd3).__name__, defaultdict(int) | {'a': 1})
try:
    defaultdict(5)
except TypeError as e:
    print(e)
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od['a'] = 9; print(od, list(od.keys()), od.popitem(last=False), repr(od.keys()), repr(od.items()), repr(od.values()))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(a=1) | {'b': 2}, od.setdefault('n', 0), od, od == OrderedDict([('b', 2), ('c', 3), ('n', 0)]))
d = deque([1, 2, 3]); d.extend([4, 5]); d.rotate(1); print(d, d[0], d[-1], d.copy(), list(reversed(d)), 3 in d, d * 2, d + deque([0]))
d.remove(3); del d[0]; d.insert(1, 'x'); print(d, d.popleft(), d.pop(), len(d), deque(maxlen=0), repr(deque([1], maxlen=3)))
e = deque(maxlen=3)
for i in range(6):
    e.append(i)
print(e, e == deque([3, 4, 5]), e < deque([4]), deque('abc').index('c'), deque([1, 2]) == [1, 2])
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as ex:
    print(ex)
try:
    d[10]
except IndexError as ex:
    print(ex)
f = deque(range(5)); f.clear(); print(f, bool(f)); f.extendleft('abc'); print(f, f.count('a'))
print(isinstance({}, cabc.Mapping), isinstance([], cabc.MutableSequence), issubclass(deque, cabc.Sequence), isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator))
class MyMap(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({'a': 1, 'b': 2}); print(m.get('a'), 'b' in m, list(m.items()), m.keys() == {'a', 'b'}, m == {'a': 1, 'b': 2}, dict(m))
try:
    class Bad(cabc.Sequence): pass
    Bad()
except TypeError as ex:
    print(ex)
cm = ChainMap({'a': 1}, {'b': 2}, {'a': 3, 'c': 4}); print(dict(cm), list(cm), cm.get('c'), 'c' in cm, repr(ChainMap()), cm.new_child(), bool(ChainMap({})))
print(cm | {'z': 0}, ChainMap(dict(x=1)).parents)
ks = od.keys(); print(ks, len(ks), 'b' in ks, list(reversed(ks)), ks & {'b', 'x'}, ks == {'b', 'c', 'n'}, type(ks).__name__, list(reversed(od.items())), list(od.values()))
od['new'] = 1; print(ks, od.items(), sorted(od.values()), isinstance(ks, cabc.KeysView), ('b', 2) in od.items())
for k, v in od.items():
    print(k, v, end='; ')
print()
