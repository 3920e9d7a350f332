from enum import Enum, IntEnum, Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, EnumCheck, FlagBoundary
import enum
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.WHITE), len(Color.WHITE), list(Color.WHITE), Color(3), repr(Color(6)), Color.RED | Color.BLUE)
print(~Color.RED, ~Color.WHITE, repr(~Color.WHITE), Color(0).name, Color.WHITE.name, (Color.RED | Color.GREEN).name, bool(Color.RED & Color.BLUE))
print(Color._boundary_, format(Color.RED), f'{Color.RED | Color.GREEN}', str(Color.BLUE))
try:
    Color(8)
except ValueError as e:
    print(e)
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    Strict(7)
except ValueError as e:
    print(e)
class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(Conf(7), repr(Conf(4)))
class Ej(Flag, boundary=EJECT):
    A = 1
print(Ej(3), type(Ej(3)).__name__)
class Kp(IntFlag):
    A = 1
    B = 2
print(Kp(9), repr(Kp(9)), Kp._boundary_, Kp.A | 4, repr(Kp.A | Kp.B), Kp.A + Kp.B, str(Kp.A | Kp.B), format(Kp.B, 'x'))
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(f'{Shape.CIRCLE}', f'{Shape.SQUARE:>5}', str(Shape.CIRCLE), repr(Shape.CIRCLE), Shape.CIRCLE * 3, '%d %s' % (Shape.SQUARE, Shape.SQUARE))
class Plain(Enum):
    A = 1
print(f'{Plain.A}', f'{Plain.A:>10}|', str(Plain.A), '%s' % Plain.A, format(Plain.A, ''))
class Mixed(str, Enum):
    X = 'x'
print(f'{Mixed.X}', str(Mixed.X), repr(Mixed.X), Mixed.X == 'x', Mixed.X + 'y', format(Mixed.X, '>3'))
class Fl(float, Enum):
    PI = 3.14
print(f"{Fl.PI}", str(Fl.PI), Fl.PI * 2)
@verify(UNIQUE)
class Un(Enum):
    A = 1
    B = 2
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(e)
class WithMember(Enum):
    A = 1
    f = member(lambda: 5)
    n = nonmember(3)
print([m.name for m in WithMember], WithMember.n, WithMember.f.value())
class Ordered(Enum):
    _order_ = 'B A'
    B = 2
    A = 1
print(list(Ordered), Ordered.A < Ordered.B if hasattr(Ordered.A, '__lt__') and False else '')
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    P = auto()
    Q = auto()
print([m.value for m in Auto], Auto('pp'))
print(Color.RED in Color.WHITE, Color.WHITE in Color.RED, Color.__members__.keys(), list(reversed(list(Color))))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm(7), Perm.R | Perm.W, repr(Perm(0)), Perm(0), Perm(5) & Perm.R, list(Perm(6)), Perm['X'], Perm.R.value)
print(enum.IntFlag.__mro__[1:3], Color.RED.value, type(Color.RED | Color.GREEN).__name__)
print(repr(FlagBoundary.STRICT), repr(EnumCheck.UNIQUE), str(EnumCheck.UNIQUE), list(EnumCheck), list(FlagBoundary), repr(STRICT), Flag._boundary_ is STRICT, repr(Kp._boundary_))
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        B = 2
        AB = 3
        ABX = 11
except ValueError as e:
    print(e)
@verify(CONTINUOUS)
class CF(Flag):
    A = 1
    B = 2
    C = 4
print(list(CF))
try:
    @verify(CONTINUOUS)
    class CF2(Flag):
        A = 1
        C = 8
except ValueError as e:
    print(e)
