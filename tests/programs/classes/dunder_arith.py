class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self


a, b = Vector(1, 2), Vector(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b), a == Vector(1, 2), a != b, bool(Vector(0, 0)))
c = a
c += b
print(a, c is a, len({Vector(1, 1), Vector(1, 1)}))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
