from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
import dataclasses
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, compare=False)
    secret: int = field(default=0, repr=False)
a = Item('a', 2.0); b = Item('b', 1.0, ['x'])
print(a, b, a < b, a == Item('a', 2.0, ['z']), sorted([b, a]))
print(asdict(b), astuple(b), replace(a, price=9), [f.name for f in fields(a)])
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(e)
print(hash(p) == hash(P(1, 0)), p, {p: 1})
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInit(3, 5); print(w, fields(w)[-1].name, len(fields(w)))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(K(1, c=5), K(1))
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(slots=True)
class S:
    x: int
    y: str = 'q'
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 1
except AttributeError as e:
    print(e)
@dataclass
class Outer:
    inner: Item
    items: list
    mapping: dict
o = Outer(a, [b, P(2)], {'k': P(3, 4)})
print(o)
print(asdict(o))
print(astuple(o))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
print(is_dataclass(a), is_dataclass(Item), is_dataclass(1))
D = make_dataclass('D', [('x', int), ('y', int, field(default=5))], namespace={'tot': lambda self: self.x + self.y})
print(D(1), D(1).tot(), repr(fields(D)[1].default))
@dataclass(kw_only=True)
class KO:
    a: int
    b: int = 0
print(KO(a=1), KO.__match_args__ if hasattr(KO, '__match_args__') else None, Item.__match_args__)
@dataclass(eq=False)
class NE:
    x: int
print(NE(1) == NE(1), NE(1).__eq__(NE(1)))
@dataclass(unsafe_hash=True)
class UH:
    x: int
print(hash(UH(1)) == hash((1,)))
try:
    replace(w, b=3)
except ValueError as e:
    print(e)
try:
    asdict(Item)
except TypeError as e:
    print(e)
@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec([Rec(), Rec([Rec()])]); print(r, asdict(r))
