# Abstract base classes, collections.abc mixins, cooperative super(), MRO errors, __mro_entries__, __new__/__init__ argument errors
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name}: {self.area():.2f}'
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
print(Sq(3).describe(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Proto(metaclass=ABCMeta): pass
Proto.register(int)
print(isinstance(3, Proto), issubclass(bool, Proto), issubclass(str, Proto))
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented
print(isinstance([], HasLen), isinstance(5, HasLen))
import collections.abc as cabc
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence), isinstance('', cabc.Iterable), isinstance(iter([]), cabc.Iterator), isinstance(set(), cabc.MutableSet), isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), issubclass(dict, cabc.MutableMapping), isinstance(range(3), cabc.Sequence), isinstance({}.keys(), cabc.Set))
class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
m = MySeq([1, 2, 3, 2])
print(m.index(2), m.count(2), list(reversed(m)), 3 in m, m[1:], list(m))
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap(); mm['a'] = 1; mm.update(b=2); mm.setdefault('c', 3)
print(sorted(mm.items()), mm.get('z', 0), mm.pop('a'), 'a' in mm, len(mm), mm == {'b': 2, 'c': 3})
class Base:
    def __init__(self, **kw): print('Base init', kw)
class Left(Base):
    def __init__(self, **kw): print('Left'); super().__init__(**kw)
class Right(Base):
    def __init__(self, **kw): print('Right'); super().__init__(**kw)
class Diamond(Left, Right):
    def __init__(self): print('Diamond'); super().__init__(x=1)
Diamond(); print([c.__name__ for c in Diamond.__mro__])
try:
    class Bad(Left, Base, Right): pass
except TypeError as e: print(e)
class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e: print(e)
print(super(Left, Diamond()).__init__.__self__.__class__.__name__ if False else 0)
class P:
    def who(self): return 'P'
    @classmethod
    def cm(cls): return cls.__name__
class Q(P):
    def who(self): return 'Q>' + super().who()
    @classmethod
    def cm(cls): return 'Q' + super().cm()
    @staticmethod
    def sm(): return super(Q, Q).cm()
print(Q().who(), Q.cm(), Q.sm(), super(Q, Q()).who())
try: super(Q, 5)
except TypeError as e: print(e)
class Gen:
    def __mro_entries__(self, bases): return (P,)
class FromGen(Gen()): pass
print(FromGen.__bases__, FromGen.__orig_bases__[0].__class__.__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D: pass
print(D.decorated)
class Counted:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
Counted(1); Counted(2); print(Counted.count)
try: object.__new__(Counted, 1)
except TypeError as e: print('no error?', e)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print(e)
class OnlyInit:
    def __init__(self): pass
try: OnlyInit(1)
except TypeError as e: print(e)
class OnlyNew:
    def __new__(cls): return super().__new__(cls)
try: OnlyNew(1)
except TypeError as e: print(e)
class InitRet:
    def __init__(self): return 5
try: InitRet()
except TypeError as e: print(e)
print(type.__call__(P).who(), type(P).__call__(P).who())
print(P.__dict__['who'].__get__(Q())(), P.who(Q()), P.cm.__func__.__name__, P.__dict__['cm'].__func__(P))
