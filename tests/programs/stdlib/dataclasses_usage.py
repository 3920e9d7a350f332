from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 1

    def total(self):
        return self.price * self.qty


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


a = Item("pen", 1.5)
b = Item("pad", 3.0, ["paper"], 2)
print(a, b, a.total(), b.total(), a == Item("pen", 1.5))
print(asdict(b), astuple(a), replace(a, qty=10), [f.name for f in fields(Item)])
print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False, repr=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3).area)
