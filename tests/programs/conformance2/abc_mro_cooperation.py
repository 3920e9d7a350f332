# ABCs, collections.abc mixins, cooperative super() chains, __new__ counters.
from abc import ABC, abstractmethod, abstractproperty
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
class MyList(cabc.Sequence):
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
m = MyList(3, 1, 2)
print(list(m), m.index(1), m.count(2), 2 in m, list(reversed(m)), isinstance(m, cabc.Iterable), isinstance([], cabc.MutableSequence), isinstance({}, cabc.Mapping))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("s", Reg))
class Mapping2(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = Mapping2(); mm["a"] = 1; mm.update(b=2); mm.setdefault("c", 3)
print(dict(mm), mm.get("z", 0), mm.pop("a"), list(mm.items()), mm == {"b": 2, "c": 3}, "b" in mm)
class Base:
    def __init__(self, **kw):
        print("Base", kw)
class A(Base):
    def __init__(self, a=0, **kw):
        print("A", a); super().__init__(**kw)
class B(Base):
    def __init__(self, b=0, **kw):
        print("B", b); super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C"); super().__init__(**kw)
C(a=1, b=2)
print([k.__name__ for k in C.mro()])
class Cnt:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
class Sub(Cnt): pass
Cnt(); Sub.make(); Sub()
print(Cnt.count, Sub.count, Cnt.helper(4), Sub().helper(5))
