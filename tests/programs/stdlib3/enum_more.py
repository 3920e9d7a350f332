from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), str(Color.CRIMSON), Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.__members__.keys(), f'{Color.RED}', format(Color.RED), f'{Color.RED!r}')
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color), repr(Color))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, f'{N.ONE}', format(N.TWO, '03d'), str(N.ONE), sorted([N.TWO, N.ONE]), N(2))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), repr(Perm(0)), bool(Perm(0)), rw.value, Perm(7))
print(rw & Perm.W, rw ^ Perm.R, len(rw), Perm.R.name, rw.name)
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.C), IP.A | 8, repr(IP(9)), IP.B + 1, str(IP.A), format(IP.C), IP(0), ~IP.A)
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.Y), S.X == 'x', S.Y.upper(), f'{S.Y}', list(S))
class A(Enum):
    first = auto()
    second = auto()
    def describe(self): return f'{self.name}={self.value}'
    @classmethod
    def default(cls): return cls.first
print(A.second.describe(), A.default(), [m.value for m in A])
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS, Planet.MARS.value, Planet.MARS.mass, Planet((5.97e24, 6.37e6)))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
Sh = Enum('Sh', [('SQ', 4), ('TRI', 3)]); print(list(Sh))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class Ext(Color):
        PINK = 4
except TypeError as e:
    print(e)
print(hash(Color.RED) == hash(Color.RED), Color.RED == 1, N.ONE < N.TWO, {Color.RED: 'r'}[Color.CRIMSON])
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
class Mood(Enum):
    HAPPY = 'h'
    _ignore_ = ['tmp']
    tmp = 1
    @property
    def label(self): return self.value.upper()
print(list(Mood), Mood.HAPPY.label, Mood('h'))
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(Missing(99))
print(Perm.R | Perm.X, Perm['W'], Perm.__members__['X'], list(Perm))
print(enum.Enum.__name__, type(Color).__name__, Color.__class__ is EnumMeta)
class Num(IntEnum):
    Z = 0
print(bool(Num.Z), Num.Z.real, int(N.TWO), float(N.ONE))
print(repr(S), Color.__members__['CRIMSON'])
class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['d%d' % i] = i
print(list(Period), hasattr(Period, 'i'), hasattr(Mood, '_ignore_'), hasattr(Mood, 'tmp'))
try:
    class Late(Enum):
        A = 1
        _ignore_ = ['A']
except ValueError as e:
    print(e)
