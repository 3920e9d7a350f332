class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.z)
del q.z
try:
    q.z
except AttributeError as e:
    print("AttributeError:", e)


class WithDict(Point):
    pass


w = WithDict(0, 0)
w.extra = "ok"
print(w.extra, sorted(Point.__slots__))
