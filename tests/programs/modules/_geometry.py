"""A helper module imported by sibling programs."""
PI = 3.14159

_private_counter = 0


def area_circle(r):
    return PI * r * r


def perimeter_square(side):
    return 4 * side


class Shape:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Shape({self.name!r})"


print("geometry module loaded")
