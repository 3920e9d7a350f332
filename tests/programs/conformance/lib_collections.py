# collections: Counter arithmetic and most_common, defaultdict factories,
# OrderedDict moves, deque rotation and maxlen, namedtuple methods, ChainMap.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements())[:6], sum(c.values()), c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e, -d if False else +d, e - d)
d.update('aab')
d.subtract({'a': 10})
print(d, list(d.items()), Counter({'x': 0, 'y': -1}) + Counter())
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(), Counter(len(w) for w in words))
dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
print(dict(dd), dd['zz'], len(dd), dd.default_factory.__name__)
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(sorted(counts.items()), repr(defaultdict(int, {'a': 1})))
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError:', e)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict.fromkeys('acd'), od)
q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, q.maxlen, q[0], q[-1], len(q))
q.rotate(1)
print(q)
q.rotate(-2)
print(q, q.popleft(), q.pop(), q, list(reversed(q)), q.count(3))
q.extendleft([9, 8])
print(q, 3 in q, deque('abc') == deque(['a', 'b', 'c']))
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
Point = namedtuple('Point', 'x y')
P3 = namedtuple('P3', ['x', 'y', 'z'], defaults=[0])
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), P3(1, 2), tuple(p), p == (1, 2))
x, y = p
print(x, y, p[1], type(p).__name__, isinstance(p, tuple), p.index(2), p.count(1))
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'c': 4})['c'], dict(cm))
