class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __sub__(self, o):
        return Num(self.v - o.v)

    def __mul__(self, o):
        return Num(self.v * o)

    def __truediv__(self, o):
        return Num(self.v / o)

    def __floordiv__(self, o):
        return Num(self.v // o)

    def __mod__(self, o):
        return Num(self.v % o)

    def __pow__(self, o):
        return Num(self.v ** o)

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __len__(self):
        return abs(int(self.v))

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return self

    def __invert__(self):
        return Num(~int(self.v))


a = Num(7)
print(a + 1, 1 + a, a - Num(2), a * 3, a / 2, a // 2, a % 4, a ** 2, -a, +a, ~a)
print(sum([Num(1), Num(2)], 0), sorted([Num(3), Num(1), Num(2)]), a == Num(7), a != Num(7))
print(int(a), float(a), [0, 1, 2, 3, 4, 5, 6, 7, 8][a], len(a), bin(a), hex(Num(255)))
