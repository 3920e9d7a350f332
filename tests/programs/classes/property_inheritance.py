class Shape:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name.title()

    @property
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    @property
    def area(self):
        return self.side ** 2


class Blob(Shape):
    pass


print(Square(3).name, Square(3).area)
try:
    Blob("blob").area
except NotImplementedError as e:
    print("NotImplementedError:", e)
sq = Square(2)
try:
    sq.area = 5
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Shape.area, property), Shape.name.fget(sq))
