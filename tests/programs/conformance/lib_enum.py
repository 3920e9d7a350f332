# enum: Enum, IntEnum, Flag, auto, iteration, lookup by value and name,
# aliases, members' repr/str/format, unique and errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED == 1, isinstance(Color.RED, Color), f'{Color.BLUE}', format(Color.BLUE), str(Color.BLUE))
print(list(Color.__members__), Color.RED in Color, hash(Color.RED) == hash(Color.RED), sorted(Color, key=lambda c: -c.value))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, sorted([Priority.HIGH, 2, Priority.LOW]), Priority(3), str(Priority.LOW), f'{Priority.LOW}', repr(Priority.LOW))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm.R & Perm.X), Perm(7), [p.name for p in Perm], Perm.R.value, Perm.X.value)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()

    def describe(self):
        return f'{self.name.lower()}#{self.value}'

    @classmethod
    def default(cls):
        return cls.CIRCLE


print(Shape.SQUARE.describe(), Shape.default(), Shape.CIRCLE.value)
try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)


class Mode(str, Enum):
    READ = 'r'
    WRITE = 'w'


print(Mode.READ == 'r', Mode('w'), Mode.READ.value, f'{Mode.WRITE.value}', {Mode.READ: 1}['r'] if 'r' in {Mode.READ: 1} else 'no')
Animal = Enum('Animal', 'CAT DOG')
print(Animal.DOG, Animal.DOG.value, list(Animal))


class Perms(IntFlag):
    R = 4
    W = 2


print(Perms.R | Perms.W, int(Perms.R | Perms.W), Perms.R | 1)
