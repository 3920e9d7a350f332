# Class protocols exercised one expression at a time: dunders, descriptors,
# metaclasses, builtin subclasses and special attributes.
tests = r'''
class A: pass
A().__dict__
A.__name__, A.__qualname__, A.__module__
type(A()).__mro__
A.__bases__
A.__doc__
object.__subclasses__ is not None
class B:\n    x = 1\n    def __init__(self): self.y = 2
vars(B()), B.x
class P:\n    def __getattr__(self, n): return n.upper()
P().hello
class Q:\n    def __getattribute__(self, n): return 42
Q().anything
class R:\n    __slots__ = ()\n
R().x = 1
class S:\n    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
s = S(); s.a = 5; s.a
class T:\n    def __eq__(self, o): return True
T() == 1, T() != 1, 1 == T()
hash(T())
class U:\n    def __lt__(self, o): return 'yes'
U() < U(), U() > U()
sorted([U(), U()]) and 'ok'
class V:\n    def __len__(self): return -1
len(V())
class W:\n    def __len__(self): return 2**70
len(W())
class X:\n    def __bool__(self): return 1
bool(X())
class Y:\n    def __index__(self): return 3
[1,2,3,4][Y()], bin(Y()), 'ab' * Y()
class Z:\n    def __iter__(self): return iter([1, 2])
list(Z()), 2 in Z(), [*Z()]
class ZZ:\n    def __getitem__(self, i):\n        if i > 2: raise IndexError\n        return i
list(ZZ()), 1 in ZZ()
class H:\n    __hash__ = None
hash(H())
class K:\n    def __repr__(self): return 5
repr(K())
class K2:\n    def __str__(self): return None
str(K2())
class N:\n    def __init__(self): return 5
N()
class M(type): pass
class MM(metaclass=M): pass
type(MM).__name__
class D(dict):\n    def __missing__(self, k): return k * 2
D()['ab'], D(a=1)['a']
class L(list): pass
l = L([3, 1]); l.sort(); l, type(l + [1]).__name__, type(l[:]).__name__
class St(str): pass
type(St('a') + 'b').__name__, type(St('ab').upper()).__name__, St('x') == 'x'
class In(int): pass
type(In(5) + 1).__name__, In(5) == 5, repr(In(7))
class In2(int):\n    def __repr__(self): return 'In2'
In2(3), str(In2(3)), f'{In2(3)}', '%d' % In2(3)
isinstance(True, int), bool.__mro__
int.__mro__
issubclass(bool, (str, int))
class Base:\n    def f(self): return 'base'
class Der(Base):\n    def f(self): return super().f() + '+der'
Der().f()
getattr(Der(), 'f')()
Der.f(Der())
type('Dyn', (Base,), {'g': lambda self: 1})().g()
callable(Base), callable(Base())
class Cal:\n    def __call__(self, x): return x + 1
Cal()(1)
class Ctx:\n    def __enter__(self): return 'in'\n    def __exit__(self, *a): print('exit', a[0]); return True
exec("with Ctx() as c:\n    print(c)\n    raise ValueError")
class Abs:\n    @property\n    def p(self): raise AttributeError('inner')\n    def __getattr__(self, n): return 'fallback ' + n
Abs().p
del A().nothing
class Cls:\n    @classmethod\n    def c(cls): return cls.__name__
Cls.c(), Cls().c()
class Sta:\n    @staticmethod\n    def s(x): return x
Sta.s(1), Sta().s(2)
type(Sta.__dict__['s']).__name__
object() == object()
NotImplemented
bool(NotImplemented)
Ellipsis, ...
type(None)()
'abc'.__class__.__name__
(1).__class__
int.__add__(1, 2)
(1).__add__(1.5)
(1.5).__radd__(1)
[].__class__.__name__
dir(A)[:3]
'__init__' in dir(B)
sorted(vars(A).keys())[:3]
'''
ns = {}
for line in tests.strip().split('\n'):
    line = line.replace('\\n', '\n')
    try:
        if line.startswith('class ') or '=' in line.split('(')[0].split('[')[0] and not line.startswith(('(', '[')) and '==' not in line.split('(')[0] or line.startswith(('del ', 'exec')):
            exec(line, ns)
            if '; ' in line and not line.startswith('class'):
                pass
            print(line.split('\n')[0], '-> ok')
        else:
            print(line, '->', repr(eval(line, ns)))
    except Exception as e:
        print(line.split('\n')[0], '!!', type(e).__name__, e)
