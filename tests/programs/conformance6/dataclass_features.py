# dataclasses: defaults and factories, frozen+slots, kw_only and KW_ONLY, InitVar with __post_init__, ordering, asdict/astuple/replace, definition errors, match.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    def total(self): return self.price * self.qty
@dataclass(frozen=True, slots=True)
class Pt:
    x: int
    y: int = 0
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
@dataclass
class WithPost:
    a: int
    b: InitVar[int] = 2
    c: int = field(init=False)
    def __post_init__(self, b): self.c = self.a * b
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    _: KW_ONLY
    tag: str = ''
i = Item('pen', 1.5, ['office'], 4)
print(i, i.total(), asdict(i), astuple(i), replace(i, price=2.0), [f.name for f in fields(Item)], Item('a') == Item('a'))
p = Pt(1, 2)
print(p, hash(p) == hash(Pt(1, 2)), Pt.__slots__, p == Pt(1, 2))
try: p.x = 5
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
print(Opts(level=3), WithPost(5), WithPost(5, 3), sorted([Ver(1, 2), Ver(1, 0, tag='x'), Ver(0, 9)]), Ver(1) < Ver(1, 1))
try: Opts(True)
except TypeError as e: print(e)
try: Item()
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
print(dataclasses.is_dataclass(i), dataclasses.is_dataclass(Item), Item.__match_args__, Item.__dataclass_fields__['qty'].repr)
match i:
    case Item(name, price): print('matched', name, price)
