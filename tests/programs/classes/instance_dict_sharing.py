# Instance attributes and their __dict__: one object seen two ways. pvm keeps
# the attributes of most instances in split dicts (keys shared per class and
# insertion order); every dict behaviour below must be what CPython shows.
import copy
from dataclasses import dataclass, field


class P:
    kind = 'p'

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return self.a + self.b


p = P(1, 2)
d = p.__dict__
print(d, vars(p) is d, len(d), list(d), 'a' in d, 'z' in d)
d['c'] = 3
print(p.c, d.get('c'), d.get('zz', 'dflt'))
p.e = 5
print(d['e'], list(d.items()))
d['a'] = 10
print(p.a, p.m())
del p.b
print(d, hasattr(p, 'b'))
p.b = 20
print(list(d), p.m())

# Attribute order follows insertion, also across instances with other orders.
q = P(3, 4)
r = P.__new__(P)
r.b = 1
r.a = 2
print(list(vars(q)), list(vars(r)), r.m(), q.m())

# Non-str keys and odd keys put into __dict__ directly.
print(sorted(k for k in dir(q) if not k.startswith('__')))
q.__dict__[1] = 'one'
q.__dict__[2.0] = 'two'
print(q.__dict__, q.a, q.b)
del q.__dict__[1]
print(q.__dict__)

# Deleting attributes, then adding them back.
s = P(1, 2)
del s.a
try:
    s.a
except AttributeError as e:
    print('AttributeError:', e)
try:
    del s.a
except AttributeError as e:
    print('AttributeError:', e)
s.a = 7
print(vars(s), s.m())

# Instance attributes shadow class attributes and methods, then stop shadowing.
t = P(1, 1)
print(t.kind, t.m())
t.kind = 'own'
t.m = lambda: 'shadow'
print(t.kind, t.m(), P.kind)
del t.kind
del t.m
print(t.kind, t.m())

# __dict__ assignment and sharing one dict between two instances.
u = P(1, 2)
shared = {'a': 100, 'b': 200}
u.__dict__ = shared
print(u.a, u.m(), u.__dict__ is shared)
v = P(0, 0)
v.__dict__ = u.__dict__
v.a = -1
print(u.a, shared)
try:
    u.__dict__ = [1]
except TypeError as e:
    print('TypeError:', e)


class DD(dict):
    pass


w = P(1, 2)
w.__dict__ = DD(a=5, b=6)
print(type(w.__dict__).__name__, w.m())

# __class__ assignment keeps the attributes.
class P2:
    def m(self):
        return self.a * self.b


x = P(3, 5)
x.__class__ = P2
print(type(x).__name__, x.m(), vars(x))
x.__class__ = P
print(x.m())

# Dict operations on a dict that holds an instance's attributes.
y = P(1, 2)
dy = y.__dict__
print(dy == {'a': 1, 'b': 2}, dy != {'b': 2, 'a': 1}, repr(dy), str(dy))
print(dy.setdefault('c', 3), dy.setdefault('a', 99), y.c)
print(dy.pop('c'), hasattr(y, 'c'))
dy.update(z=26, a=-1)
print(y.z, y.a, list(dy.keys()), list(dy.values()))
print(dy.popitem(), list(dy))
c = dy.copy()
c['a'] = 'copy'
print(y.a, c, type(c).__name__)
print(list(reversed(dy)), dy | {'q': 1}, {**dy})
dy.clear()
print(vars(y), hasattr(y, 'a'))
y.a = 1
print(vars(y))

# Changing the dict while iterating over it.
z = P(1, 2)
try:
    for k in z.__dict__:
        z.new = 1
except RuntimeError as e:
    print('RuntimeError:', e)

# Many attributes (past CPython's shared-key limit) and names set with setattr.
big = P(0, 0)
for i in range(40):
    setattr(big, f'f{i}', i)
print(len(vars(big)), big.f39, getattr(big, 'f17'), list(vars(big))[:5])
setattr(big, 'not an identifier', 1)
print(getattr(big, 'not an identifier'), vars(big)['not an identifier'])

# Many instances of one class, attributes stored in varying orders.
objs = []
for i in range(200):
    o = P.__new__(P)
    if i % 3 == 0:
        o.a = i
        o.b = -i
    elif i % 3 == 1:
        o.b = -i
        o.a = i
    else:
        o.a = i
        o.x = 'x'
        o.b = -i
    objs.append(o)
print(sum(o.m() for o in objs), [list(vars(o)) for o in objs[:3]])

# exec with an instance's __dict__ as its namespace.
g = P(1, 2)
exec('c = a + b\na = 100', g.__dict__)
print(g.c, g.a, sorted(k for k in g.__dict__ if k != '__builtins__'))

# copy.copy / copy.deepcopy keep attributes and independence.
h = P([1], 2)
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
h2.b = 'changed'
h3.a.append(3)
print(vars(h), vars(h2), vars(h3), h2.a is h.a)


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


it = Item('pen', 1.5)
it.extra = True
print(it, vars(it), it == Item('pen', 1.5))

# __slots__ classes, with and without a __dict__ slot.
class S:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


s1 = S(1)
print(s1.a, hasattr(s1, 'b'), hasattr(s1, '__dict__'))
s1.b = 2
print(s1.a + s1.b)
del s1.a
try:
    s1.a
except AttributeError as e:
    print('AttributeError:', e)
try:
    s1.c = 3
except AttributeError as e:
    print('AttributeError:', e)


class SD:
    __slots__ = ('a', '__dict__')


sd = SD()
sd.a = 1
sd.b = 2
print(sd.a, sd.b, vars(sd))

# Attribute reads in a loop at one site, over instances of two classes.
class A:
    def __init__(self):
        self.v = 'A'


class B:
    v = 'class B'


seq = [A(), B(), A(), B()]
seq[3].v = 'own B'
print([o.v for o in seq])
