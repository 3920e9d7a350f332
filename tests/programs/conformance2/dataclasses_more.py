# dataclasses the way application code uses them.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses
from functools import total_ordering
from typing import List, Optional, ClassVar

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta"), Version(1, 2, 0, "rc")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError", e)

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: 1}[Point(3, 4)])
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del p.y
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(replace(p, y=10), p)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    owner: Optional[str] = None
    total: int = field(init=False, repr=False, default=0)
    kind: ClassVar[str] = "inv"
    def __post_init__(self):
        self.total = len(self.items)
a = Inventory("a"); b = Inventory("b", ["x", "y"])
a.items.append("z")
print(a, b, b.total, Inventory.kind, a.items is not b.items)
print(asdict(b), astuple(b))
print([f.name for f in fields(Inventory)], [f.type for f in fields(Point)])

@dataclass
class Nested:
    inv: Inventory
    points: list
    mapping: dict
n = Nested(b, [Point(1, 2)], {"k": Point(0, 1)})
print(asdict(n))

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError", e)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(5), WithInit(5, 3), [f.name for f in fields(WithInit)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW(0))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError", e)

@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 3
print(AllKW(x=1))

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))

@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))

@dataclass
class Base:
    x: int = 1
@dataclass
class Child(Base):
    y: int = 2
    x: int = 10
print(Child(), Child(3, 4), dataclasses.is_dataclass(Child), dataclasses.is_dataclass(Child()), dataclasses.is_dataclass(int))

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(1) <= Money(1), Money(2) > Money(1), Money(2) >= Money(3), sorted([Money(3), Money(1)]), max(Money(5), Money(2)))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError", e)
try:
    Money(1) >= 5
except TypeError as e:
    print("TypeError", e)
M = dataclasses.make_dataclass("M", [("a", int), ("b", str, field(default="q"))])
print(M(1), M(2, "z") == M(2, "z"))
print(Version.__match_args__, Point.__dataclass_params__.frozen if hasattr(Point, "__dataclass_params__") else None)
