import enum
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, member, nonmember, property as eprop, global_enum, ReprEnum, EnumType
class C(Flag, boundary=STRICT):
    R = 1; G = 2; B = 4
try: C(8)
except ValueError as e: print(e)
class D(Flag, boundary=CONFORM):
    R = 1; G = 2
print(D(7), repr(D(7)))
class E(IntFlag, boundary=EJECT):
    A = 1
print(E(5), type(E(5)).__name__)
class K(IntFlag, boundary=KEEP):
    A = 1; B = 2
print(K(9), repr(K(9)), list(K(9)), K(9).value)
try:
    @verify(CONTINUOUS)
    class V(Enum):
        A = 1; B = 3
except ValueError as e: print(e)
try:
    @verify(UNIQUE)
    class V2(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class V3(Flag):
        A = 1; B = 2; C = 7
except ValueError as e: print(e)
class M(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def f(): return 'f'
print(list(M)[0], len(M), M.helper, M.f.value() if callable(M.f.value) else M.f)
class P(Enum):
    X = 1
    @eprop
    def double(self): return self.value * 2
print(P.X.double)
class Color(IntEnum):
    RED = 1
    GREEN = 2
print(format(Color.RED), f'{Color.GREEN:>5}', str(Color.RED), repr(Color.RED), Color.RED.name, Color(2), Color.__members__)
class Str(StrEnum):
    A = auto(); BB = auto()
print(list(Str), Str.BB.value, repr(Str.A), str(Str.A), Str('bb'))
class W(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(W), W.__members__.keys())
print(Color.RED | Color.GREEN if False else '', isinstance(Color, EnumType), Color._member_names_, Color._value2member_map_, Color._member_map_['RED'])
class Animal(Enum):
    CAT = 'cat'
    DOG = 'dog'
    def __str__(self): return self.value.upper()
    @classmethod
    def parse(cls, s): return cls(s.lower())
print(Animal.CAT, f'{Animal.DOG}', Animal.parse('DOG'), [a.value for a in Animal], Animal.CAT == 'cat', Animal['CAT'])
try: Animal.CAT.value = 'x'
except AttributeError as e: print(e)
try:
    class Ext(Animal): pass
    print(list(Ext))
except TypeError as e: print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
print(enum.Flag.__doc__ is not None, Color.RED.__doc__ if False else '', dir(Animal)[:3], sorted(Color, key=lambda c: -c.value))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
    RWX = 7
print(Perm.R | Perm.W, Perm(7), repr(Perm(7)), Perm(6) in Perm(7), list(Perm(6)), Perm(0), ~Perm.R, Perm.RWX.name, (Perm.R | Perm.X).name, bin(Perm.W), Perm.R & 4, Perm.R ^ Perm.RWX)
print(enum.show_flag_values(7) if hasattr(enum, 'show_flag_values') else '', Perm._boundary_, Color.RED.real, hash(Color.RED) == hash(1))

import enum
class A(enum.Enum):
    X = 1
print(A.X.name, A.X.value)
try: A.X.name = 'q'
except AttributeError as e: print(e)
try: del A.X.value
except AttributeError as e: print(e)
class B(enum.Enum):
    name = 1
    value = 2
print(B.name, B.value, B.name.name, B.name.value, B.value.value, list(B))
print(type(enum.Enum.__dict__['name']).__name__, [c.__name__ for c in enum.property.__mro__])
class P(enum.Enum):
    X = 1
    @enum.property
    def double(self): return self.value * 2
print(P.X.double)
try: P.double
except AttributeError as e: print(e)

import enum
@enum.global_enum
class Mode(enum.Enum):
    READ = 1
    WRITE = 2
print(READ, repr(WRITE), Mode.READ, str(Mode.WRITE), f'{READ}')
@enum.global_enum
class Bits(enum.IntFlag):
    B1 = 1
    B2 = 2
    B4 = 4
print(B1, repr(B1 | B2), repr(Bits(8 | 1)), str(B1 | B4), repr(Bits(0)), format(B2))
@enum.global_enum
class F(enum.Flag):
    X = 1
    Y = 2
print(str(X | Y), repr(F(0)), str(F(0)))
try: repr(X | Y)
except TypeError as e: print(e)
@enum.global_enum
class Lvl(enum.IntEnum):
    LOW = 10
print(repr(LOW), str(LOW), LOW + 1)

import enum
class C(enum.Enum):
    A = 1
try: C.B
except AttributeError as e: print(repr(e))
try: C.__foo__
except AttributeError as e: print(repr(e))
print(hasattr(C, "A"), getattr(C, "Z", 0))
print(C.__members__)
