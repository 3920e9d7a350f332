# dataclasses: generated __init__/__repr__/__eq__, defaults and
# default_factory, order, frozen, field options, asdict/astuple, replace,
# __post_init__, inheritance and the usual errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)


a = Item('pen', 1.5)
b = Item('pen', 1.5, secret='y')
print(a, a == b, a.tags is not Item('q').tags, asdict(a), astuple(b), [f.name for f in fields(Item)])
print(replace(a, price=2.0), Item.__init__.__doc__ is None, repr(Item('z', tags=['t'])))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


vs = [Version(2, 1), Version(1, 9), Version(2)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)), Version(3).bump())
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0:
            raise ValueError('negative width')
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3).area)
try:
    Rect(-1, 2)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2


print(Derived(5), Derived(1, 2, 3), Derived.__mro__[1].__name__)
try:
    Item()
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print('ValueError:', e)


@dataclass(eq=False)
class Node:
    val: int


print(Node(1) == Node(1), Node(1).__eq__(Node(1)), {Node(2).val})
