# Object model corners: abstract classes and properties, __init__ returning a
# value, __new__ returning another type, __class__ assignment, object.__new__/
# __init__ argument errors, metaclass __call__, cooperative super() in a diamond.
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    name = 'sq'
print(Sq2().area(), Sq2().name, isinstance(Sq2(), Shape), Shape.__abstractmethods__ if False else sorted(Shape.__abstractmethods__))
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
class N:
    def __new__(cls, *a): return 42
    def __init__(self): print('never')
print(N(), type(N()))
class Base:
    def __init__(self, x): self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x); self.y = y
c = Child(1, 2)
c.__class__ = Base
print(type(c).__name__, c.x, c.y, isinstance(c, Child))
try: c.__class__ = int
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: int.__new__(str)
except TypeError as e: print(e)
try: object.__init__(c, 1)
except TypeError as e: print(e)
try: Base()
except TypeError as e: print(e)
try: Base(1, 2)
except TypeError as e: print(e)
try: Base(1, z=2)
except TypeError as e: print(e)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print(e)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try: OnlyNew(1, 2)
except TypeError as e: print(e)
class M(type):
    def __call__(cls, *a, **k):
        print('meta call', a)
        return super().__call__(*a, **k)
class WithMeta(metaclass=M):
    def __init__(self, v): self.v = v
print(WithMeta(3).v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], super(B, D()).who(), super(D, D).who(D()))
class P:
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(x): return x * 2
class Q(P): pass
print(type(Q.make()).__name__, Q.util(4), Q().util(5), P.make.__self__.__name__)
try: super().x
except RuntimeError as e: print(e)
def outside(): return super().x
try: outside()
except RuntimeError as e: print(e)
