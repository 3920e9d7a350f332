# match statement, operator overloading, bytes, and misc builtins.
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
def where(p):
    match p:
        case Pt(x=0, y=0): return "origin"
        case Pt(x=0, y=y): return f"y-axis {y}"
        case Pt(x, 0): return f"x-axis {x}"
        case [a, b, *rest]: return f"seq {a} {b} {rest}"
        case {"k": v, **others}: return f"map {v} {others}"
        case str() | bytes() as s: return f"text {s!r}"
        case int(n) if n > 10: return "big"
        case None: return "none"
        case _: return "other"
for v in [Pt(0, 0), Pt(0, 5), Pt(3, 0), [1, 2, 3, 4], {"k": 1, "j": 2}, "s", b"b", 50, None, 3.5, (1,)]:
    print(where(v))
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __lt__(self, o): return abs(self) < abs(o)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, v): return v in self.c
    def __bool__(self): return any(self.c)
    def __repr__(self): return f"Vec{self.c}"
    def __iadd__(self, o): self.c = (self + o).c; return self
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __call__(self, i): return self.c[i] * 100
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
    def __index__(self): return len(self.c)
a = Vec(1, 2); b = Vec(3, 4)
print(a + b, a * 2, 3 * a, -a, abs(b), a == Vec(1, 2), a != b, a < b, sorted([b, a]), len(a), a[1], a[-1], 2 in a, bool(Vec(0, 0)), a @ b, a(1))
a += b; print(a, f"{b:.2f}", [10, 20, 30][Vec(1)], bin(Vec(1, 2, 3)), max(a, b))
try:
    a - b
except TypeError as e:
    print("TypeError", e)
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(b"abc".hex(), bytes.fromhex("de ad"), b"a,b".split(b","), b"%d-%s" % (1, b"x"), bytearray(b"ab") + b"c", b"abc"[1], b"abc"[1:], list(b"hi"), bytes(3), bytes([65, 66]))
print(b"Hello".lower(), b"  x ".strip(), b"abc".replace(b"b", b"B"), b"abc".find(b"c"), b"a" * 3, b"abc".decode(), b"\xff".decode("latin-1"), b"x" in b"xyz")
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
print(divmod(17, 5), pow(2, 100) % 7, round(2.5), round(3.5), hex(255), oct(8), bin(5), chr(955), ord("λ"), ascii("λ"), repr("λ"))
print(sorted({3: "c", 1: "a"}.items()), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])), {*"ab", *"bc"} == {"a", "b", "c"})
print(isinstance(True, int), issubclass(bool, int), type(None).__name__, callable(len), id(a) == id(a), hash("a") == hash("a"), vars(Pt(1, 2)))
print(format(1234567.891, ",.2f"), "{:>8}".format("r"), str(b"x"), repr(b"'\""), str(1 + 2j), complex("1+2j"), (1 + 2j).conjugate(), abs(3 + 4j))
x = [1, 2, 3, 4, 5]
x[1:3] = ["a"]; print(x); del x[::2]; print(x); x[::-1] = x[:]; print(x)
try:
    x[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
print(list(range(10))[-3:], list(range(10, 0, -3)), range(5)[::-1], range(0, 10, 2)[2], 7 in range(0, 10, 2), range(3) == range(0, 3))
print("".join(reversed("abc")), "abc"[::-1], "a-b-c".split("-", maxsplit=1), "%.3s|%5.1f" % ("abcdef", 3.14159))
print(int.__name__, (1).__class__, type(3.0), type(x).__mro__, object.__subclasshook__ is not None)
