# collections in everyday use.
from collections import Counter, OrderedDict, defaultdict, namedtuple, deque, ChainMap, UserDict
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["zzz"], len(c), sorted(c.elements())[:4])
print(c.most_common()[-1], c.total(), Counter("abracadabra").most_common(3))
a = Counter(a=3, b=1, c=0); b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a & b, a | b, +b, -b)
a.update(["a", "z"]); a.subtract({"b": 5})
print(a, a == Counter(a=4, b=-4, z=1, c=0))
print(repr(Counter()), Counter({"x": 2}) < Counter({"x": 3}) if hasattr(Counter, "__lt__") else "")
print(dict(Counter("aab")), list(Counter("bba").keys()))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, repr(OrderedDict()))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd, dict(dd), dd.default_factory)
di = defaultdict(int); di["x"] += 2
print(repr(di), defaultdict(None, {1: 2}), "y" in di, di.get("y"))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._replace(x=10), p._asdict(), Point._fields, p.x + p[1], Point._make([5, 6]), tuple(p))
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0, 0])
print(P3(1), P3._field_defaults, P3.__name__, repr(P3(1, 2, 3)))
R = namedtuple("R", "a def class", rename=True)
print(R._fields)
for bad in [("Bad", "a a"), ("Bad", "a 1b"), ("Bad", "a _b"), ("1Bad", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(q=1)
except ValueError as e:
    print("ValueError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
dq = deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0); dq.rotate(1)
print(dq, dq.maxlen, dq[0], dq[-1], list(reversed(dq)), dq.count(2))
dq2 = deque("abc"); dq2.extendleft("xy"); dq2.rotate(-2)
print(dq2, dq2.popleft(), dq2.pop(), dq2.index("a"), len(dq2))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError", e)
try:
    deque([1]) < [1]
except TypeError as e:
    print("TypeError", e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque(), deque(maxlen=2), deque([1]) * 2, deque("ab") + deque("c"))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
cm["z"] = 0
print(cm.maps)
class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1); u["b"] = 2
print(u, u.data, "A" in u, len(u))
