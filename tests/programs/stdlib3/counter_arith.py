from collections import Counter, defaultdict, OrderedDict, deque, ChainMap
c = Counter("abracadabra")
d = Counter(a=1, b=5, z=2)
print(c)
print(c.most_common())
print(c.most_common(3))
print(c + d, c - d, c & d, c | d)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
c2 = Counter(a=3); c2.subtract(a=5, q=1); print(c2)
c2.update("aaa"); print(c2, c2.total())
print(sorted(c.elements()))
print(Counter({'x': 0}) == Counter(), Counter(a=1) <= Counter(a=2, b=1))
print(repr(Counter()), Counter('ab') == {'a': 1, 'b': 1})
dd = defaultdict(list); dd['k'].append(1); print(dd, repr(defaultdict(int)))
print(defaultdict(None, {1: 2}))
try:
    defaultdict(None)[3]
except KeyError as e:
    print('KeyError', e)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False)
print(od, od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), OrderedDict())
dq = deque(range(10), maxlen=5)
print(dq); dq.rotate(2); print(dq); dq.rotate(-3); print(dq)
dq.appendleft(99); print(dq, dq.maxlen)
dq.extendleft([1, 2]); print(dq, dq.index(2), dq.count(1))
print(deque(), deque([1]), deque('ab', 3))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque([1]).index(5)
except ValueError as e:
    print(e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm))
cm2 = cm.new_child({'c': 4}); print(cm2, cm2.parents)
cm['z'] = 1; print(cm.maps)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
print(c['missing'], dict(c.most_common(2)))
print(Counter('aabbcc').most_common(2))
x = Counter(a=2, b=-1)
x += Counter(); print(x)
print(Counter(a=1) | Counter(a=-2, b=0))
