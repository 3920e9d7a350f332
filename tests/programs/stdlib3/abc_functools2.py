from abc import ABC, abstractmethod, ABCMeta, abstractproperty
import abc, functools
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name}: {self.area():.2f}'
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Sq(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return 'square'
print(Sq(2).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter', 'name'}), sorted(Half.__abstractmethods__))
class Reg(ABC): pass
Reg.register(int); print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class D:
    def quack(self): pass
print(isinstance(D(), Duck), isinstance(1, Duck), abc.get_cache_token() is not None)
class WithStatic(ABC):
    @staticmethod
    @abstractmethod
    def s(): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
try:
    WithStatic()
except TypeError as e:
    print(e)
class Impl(WithStatic):
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
print(Impl().s(), Impl.c())
class Dispatch:
    @functools.singledispatchmethod
    def handle(self, arg): return f'default {arg!r}'
    @handle.register
    def _(self, arg: int): return f'int {arg}'
    @handle.register(list)
    def _(self, arg): return f'list of {len(arg)}'
d = Dispatch(); print(d.handle('x'), d.handle(4), d.handle([1, 2]), d.handle(True))
@functools.singledispatch
def fmt(x): raise NotImplementedError(type(x).__name__)
@fmt.register(int)
@fmt.register(float)
def _(x): return f'{x:.1f}'
print(fmt(1), fmt(2.5))
try:
    fmt('s')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    @fmt.register
    def _(x): return 1
except TypeError as e:
    print(str(e).split(':')[0])
class LazyCalc:
    __slots__ = ('x',)
    def __init__(self): self.x = 1
    @functools.cached_property
    def y(self): return 2
try:
    LazyCalc().y
except TypeError as e:
    print(e)
p = functools.partial(print, 'a', sep='-'); p('b')
print(functools.partial(max, key=len)(['aa', 'b']), functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
@functools.lru_cache(maxsize=3)
def sq(n): return n * n
print([sq(i % 5) for i in range(12)], sq.cache_info(), sq.cache_parameters())
try:
    functools.lru_cache(maxsize='x')
except TypeError as e:
    print(e)
def outer():
    @functools.wraps(outer)
    def w(): pass
    return w
print(outer().__name__, outer().__wrapped__ is outer, functools.update_wrapper(lambda: 0, sq).__name__)
@functools.total_ordering
class Only:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
try:
    @functools.total_ordering
    class NoOps: pass
except ValueError as e:
    print(e)
print(Only(1) >= Only(1) if hasattr(Only, '__ge__') else '', Only(2) > Only(1))
