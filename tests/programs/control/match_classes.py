from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=c, radius=r) if r > 10:
            return f"big circle at {c}"
        case Circle():
            return "circle"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(0, 0), 2),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 1), "x"]:
    print(where(s))
match (1, "a"):
    case (int() as n, str() as s):
        print("tuple", n, s)
