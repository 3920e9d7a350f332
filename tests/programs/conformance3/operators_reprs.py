# Operator overloading (reflected, in-place, fallbacks, NotImplemented),
# comparisons, repr/str of builtins and recursive containers, conversions.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    __hash__ = None

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2 * a, a * 2.5, a @ b, -a, abs(b), a == V(1, 2), a != b, a < b, b > a)
print(bool(V(0, 0)), len(a), a[1], a[-1], 2 in a, 5 in a, list(a), sorted([b, a]))
try:
    a * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return f"Acc({self.items})"
acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc, alias is acc)

class OnlyAdd:
    def __add__(self, o):
        return "add"
x = OnlyAdd()
x += 1
print(x)
t = (1, 2)
u = t
t += (3,)
print(t, u)
lst = [1]
ref = lst
lst += (2, 3)
print(lst, ref is lst)
try:
    lst + (4,)
except TypeError as e:
    print("TypeError:", e)

class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__"
    def __add__(self, o):
        return "Sub.__add__"
print(1 + Sub(2), Sub(2) + 1)

class Base:
    def __eq__(self, o):
        return "Base.eq"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.eq"
print(Base() == Derived(), Derived() == Base())

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(5), Cmp(9)), Cmp(1) > Cmp(0))

print(divmod(7, -2), divmod(-7.5, 2), 7 // -2, -7 % 3, 2 ** -1, (-8) ** (1/3) if False else 0, 10 ** 20, 1 << 70, -1 >> 3, ~5, 5 ^ 3, 6 & 3, 6 | 1)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.123456789, 1/3, -0.0, float("inf"), float("-nan"), 2.5e-324 if False else 5e-324)
print(True + True, True * 3.5, True / 2, bool(0.0), int(True), 3 == 3.0, hash(3) == hash(3.0), 1 < 2 < 3 > 2)

# repr of containers, recursive containers
r = [1, "two", 3.0, None, (4,), {5: "five"}, {6}, frozenset(), b"7", bytearray(b"8"), range(1, 9, 2), slice(1, None)]
print(r)
rec = [1, 2]
rec.append(rec)
print(rec, repr(rec), str(rec))
d = {"self": None}
d["self"] = d
print(d)
nested = {"l": [], "t": ()}
nested["l"].append(nested)
print(nested)
class R:
    def __repr__(self):
        return "R!"
print([R()], {R(): R()} if False else {1: R()}, (R(),), {"k": [R(), (R(),)]})
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\t\n\\é\u200b\U0001f600"), ascii("é😀"))
print(str(b"\x00\xff'"), repr(bytearray(b"a'b\"")), repr(1j), repr(-0j), repr(complex(1, -0.0)), repr(1e300 * 1e300))
print(repr(object)[:14], repr(int), repr(len), repr(None), repr(...), repr(NotImplemented), type(...).__name__)
import collections
print(collections.OrderedDict(a=1), collections.defaultdict(list, {"x": [1]}), collections.Counter("aab"), collections.deque([1, 2], maxlen=3))
print(collections.namedtuple("Pt", "x y")(1, 2))

# conversions and their errors
for src in ["42", " 42 ", "4_2", "0x1f", "-0", "+7", "1e3", "١٢٣", "4__2", "", "3.0", "0b101"]:
    try:
        print(repr(src), "->", int(src))
    except ValueError as e:
        print("ValueError:", e)
print(int("0x1f", 16), int("0x1f", 0), int("z", 36), int("0b101", 0), int(" -0o17 ", 0), int(3.99), int(-3.99), int("1" * 30))
for src in ["1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "1_000.5", "0x10", "1..2", "", "1e"]:
    try:
        print(repr(src), "->", float(src))
    except ValueError as e:
        print("ValueError:", e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(str(12345678901234567890), str(-0.0), str(1.0), str(1e22), str(1.5e-7), format(1234567.891, ",.2f"), format(255, "#x"), format(0.5, "%"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7), type(round(2.5)).__name__, round(1.5, None))
print(bin(10), oct(-8), hex(255), int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), float.fromhex("0x1.8p1"), (0.5).hex())
print(complex("1+2j"), complex(" 3j "), complex(1, 2) * complex(0, 1), abs(3 + 4j), (1 + 2j).conjugate())
print(str(True), repr(False), int("  12\n"), float(" 1.25\t"), bool(""), bool("0"), bool([]), bool([0]))
