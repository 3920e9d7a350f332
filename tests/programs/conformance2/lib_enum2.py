# enum: Enum, IntEnum, Flag, auto, members, repr.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), [m.name for m in Color.__members__.values()])
print(Color.RED == 1, Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, repr(Status.OK), Status.OK + 1, Status.OK == 200, Status(404), sorted([Status.NOT_FOUND, Status.OK]), f"{Status.OK}", str(Status.OK))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), Perm.RW is rw, list(Perm), ~Perm.R)
print(rw.value, Perm(5), [p.name for p in rw] if hasattr(rw, "__iter__") else None)
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, repr(Bits.A | 4), Bits.A | 2 == 3, Bits(3), int(Bits.B))
class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
print(list(Auto), Auto.SECOND.value)
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Lower])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.67e-11 * self.mass / self.radius ** 2
print(round(Planet.EARTH.gravity, 2), Planet.MARS.value, Planet.MARS.mass)
class Shape(Enum):
    SQUARE = "sq"
    def describe(self):
        return f"{self.name}:{self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.default().describe(), Shape("sq"))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("E", [("X", 10), ("Y", 20)]).Y.value)
class StrE(str, Enum):
    A = "a"
print(StrE.A == "a", StrE.A.upper(), f"{StrE.A}", str(StrE.A), repr(StrE.A))
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)
print({Color.RED: "r"}[Color.CRIMSON], Color.RED.__class__.__name__, Color.__name__, enum.unique is unique)
print(dir(Color.RED)[:3] if False else sorted(Color.__members__))
class Weekday(Enum):
    MON = 1
    TUE = 2
    @property
    def is_first(self):
        return self is Weekday.MON
print(Weekday.MON.is_first, Weekday.TUE.is_first, max(Status), min(Status.OK, Status.NOT_FOUND))
