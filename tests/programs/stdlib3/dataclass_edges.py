from dataclasses import dataclass, field, fields, asdict, replace, InitVar, FrozenInstanceError
from typing import ClassVar, List, Optional
import dataclasses
@dataclass
class Base:
    x: int
    y: int = 0
    count: ClassVar[int] = 0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Base.count)
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class NF(FB):
        b: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FN(Base):
        b: int = 0
except TypeError as e:
    print(e)
@dataclass
class Meta:
    v: int = field(default=1, metadata={'unit': 'cm'})
    w: List[int] = field(default_factory=lambda: [1, 2])
    hidden: str = field(default='h', repr=False, compare=False)
m = Meta(); print(m, fields(m)[0].metadata['unit'], fields(m)[0].metadata, m == Meta(hidden='other'))
@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
    parent: Optional['Tree'] = field(default=None, repr=False)
t = Tree(1); t.children.append(Tree(2, parent=t)); print(t)
@dataclass
class Self:
    me: object = None
s = Self(); s.me = s; print(s)
@dataclass
class Cnt:
    items: dict = field(default_factory=dict)
    def add(self, k): self.items[k] = self.items.get(k, 0) + 1; return self
print(Cnt().add('a').add('a').add('b'))
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = [Ver(1, 2, 'b'), Ver(1, 0), Ver(0, 9, 'x')]; print(sorted(vs), max(vs), Ver(1) == Ver(1, 0, 'z'), Ver(1) < Ver(1, 1))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass
class PI:
    raw: InitVar[str]
    parsed: list = field(init=False)
    def __post_init__(self, raw): self.parsed = raw.split(',')
p = PI('a,b'); print(p, replace(p, raw='c,d'))
try:
    replace(p)
except ValueError as e:
    print(e)
@dataclass(repr=False, eq=False)
class Plain:
    q: int
print(Plain(1).__repr__().startswith('<'), Plain(1) == Plain(1))
@dataclass
class WithProp:
    _n: int = 0
    @property
    def n(self): return self._n
print(WithProp(4).n, WithProp())
@dataclass(frozen=True, order=True)
class Key:
    a: str
    b: int
print({Key('x', 1): 1, Key('x', 1): 2}, sorted({Key('b', 1), Key('a', 2)}))
print(fields(Key)[1].metadata, fields(Key)[1].name, dataclasses.is_dataclass(Key('a', 1)))
@dataclass
class Defaults:
    a: int = field(default_factory=int)
    b: tuple = ()
    c: str = 'c'
print(Defaults(), asdict(Defaults(b=(1, [2]))), dataclasses.astuple(Defaults()))
try:
    Defaults(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    Defaults(d=1)
except TypeError as e:
    print(e)
print(Derived.__init__.__doc__ if False else '', Derived.__eq__(Derived(), Base(10)), Base(1) == Derived(1))
@dataclass
class Slots:
    __slots__ = ('a',)
    a: int
print(Slots(3))
