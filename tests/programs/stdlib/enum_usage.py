from enum import Enum, IntEnum, Flag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print(Status.OK, Status.OK == 200, Status(404).name, Status.NOT_FOUND + 1, sorted(Status))
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, repr(Perm(0)))
for c in Color:
    print(c.name.lower(), c.value)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()

    def describe(self):
        return f"{self.name.title()} #{self.value}"


print(Shape.CIRCLE.describe(), {Color.RED: "stop"}[Color.RED])
