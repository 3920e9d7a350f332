import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
    def name(self): return 'sq'
print(Sq().area(), isinstance(Sq(), Shape))
class D:
    def __set_name__(self, o, n): raise ValueError('boom')
try:
    class K:
        x = D()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    class K2(x=1): pass
except TypeError as e:
    print(e)
try:
    class K3(int, str): pass
except TypeError as e:
    print(e)
try:
    class K4(bool): pass
except TypeError as e:
    print(e)
try:
    class K5(object, object): pass
except TypeError as e:
    print(e)
class A:
    def hi(self): return ['A']
class B(A):
    def hi(self): return ['B'] + super().hi()
class C(A):
    def hi(self): return ['C'] + super().hi()
class D2(B, C):
    def hi(self): return ['D'] + super().hi()
print(D2().hi(), [k.__name__ for k in D2.mro()])
class P1:
    def f(self):
        return [super().__class__.__name__]
    def g(self):
        def inner():
            return __class__.__name__
        return inner()
print(P1().f(), P1().g())
from typing import Generic, TypeVar
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int](3).v, Box.__orig_bases__ if hasattr(Box, '__orig_bases__') else None, Box.__mro__)
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int = 0
print(Pt(1), Pt(1, 2) == Pt(1, 2), Pt.__annotations__ if hasattr(Pt, '__annotations__') else None)
class Order(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print('prepare', name)
        return {'injected': 1}
    def __new__(mcs, name, bases, ns):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('init', name)
        super().__init__(name, bases, ns)
class O(metaclass=Order):
    a = 1
    def m(self): pass
print(O.injected)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
t = Temp(); t.c = 5
print(t.c, type(Temp.c).__name__, Temp.c.fget.__name__)
class Parent:
    def __init__(self, **kw):
        print('Parent', kw)
class Child(Parent):
    def __init__(self, a, **kw):
        super(Child, self).__init__(**kw)
        self.a = a
Child(1, z=2)
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
    __hash__ = object.__hash__
print(Num(1) == 1, 1 == Num(1), hash(Num(1)) != 0, Num(1) in [1], Num(2) in {Num(2)})
class Inh(Num):
    pass
print(Inh(3) == Num(3), type(hash(Inh(3))).__name__)
print(sorted(dir(Num(0)))[:3], 'v' in dir(Num(1)))
x = object()
try:
    x.a = 1
except AttributeError as e:
    print(e)
print(type.__dict__['__name__'] if False else 'ok', object.__dict__['__init__'] is not None)
class Q:
    def __init__(self): pass
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.made = True
        return inst
print(Q().made)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class NotInst:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NotInst())
