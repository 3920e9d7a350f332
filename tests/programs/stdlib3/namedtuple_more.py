from collections import namedtuple, UserDict, UserList, UserString
P = namedtuple('P', 'x y z', defaults=[0, 1])
p = P(5)
print(p, p._replace(y=9), p._asdict(), P._fields, P._field_defaults)
print(P._make([1, 2, 3]), p.x, p[0], len(p))
try:
    P()
except TypeError as e:
    print(e)
try:
    p._replace(w=1)
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', 'a def')
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', '_a')
except ValueError as e:
    print(e)
R = namedtuple('R', ['a', 'def', '_x'], rename=True); print(R._fields)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return f'Pt({self.x}, {self.y})'
q = Pt(3, 4); print(q, repr(q), q.norm, q == (3, 4), hash(q) == hash((3, 4)))
print(P.__doc__, P.x.__doc__)
a, b, c = p; print(a, b, c)
print(isinstance(p, tuple), type(p).__name__)
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
u = UD(A=1); u['B'] = 2; print(u, u.data, 'a' in u, len(u), u.get('x', 7))
print(repr(UserDict()))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], ul * 2, ul[1:], type(ul[1:]).__name__)
us = UserString('hello'); print(us.upper(), us[1:], type(us.upper()).__name__, us == 'hello')
M = namedtuple('M', 'a b', module='mymod'); print(M.__module__)
print(P(1, 2, 3) < P(1, 3, 0), max(P(1, 2, 3), P(0, 9, 9)))
print(p.count(0), p.index(5))
