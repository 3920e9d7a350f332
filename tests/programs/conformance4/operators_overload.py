# operator overloading: reflected, in-place, NotImplemented chains
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)): return V(*(a * k for a in self.c))
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
v = V(1, 2); w = V(3, 4)
print(v + w, v + 1, 1 + v, 2 * v, v * 2, v @ w, -v, abs(w), v == V(1, 2), v != w)
z = v; z += w; print(z is v, v)
z = w; z -= V(1, 1) if False else 0 if False else w.__class__(0, 0) if hasattr(w, '__isub__') else None
print(z)
for expr in ["v - w", "v / 2", "'s' + v", "v ** 2", "v < w", "v % 3", "v << 1", "~v", "v & 1", "divmod(v, 2)", "[1] * v"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)

class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
    def __gt__(self, o): return "Derived.gt"
print(Base() + Derived(), Derived() + Base(), Base() < Derived(), Derived() < Base())
class OnlyR:
    def __rsub__(self, o): return f"rsub({o})"
    def __rpow__(self, o, mod=None): return f"rpow({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
print(5 - OnlyR(), 2 ** OnlyR(), 1.5 / OnlyR())
try:
    pow(2, OnlyR(), 5)
except TypeError as e:
    print(type(e).__name__, e)

class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
print(NI() == NI(), NI() != 3, 3 == NI())
try:
    NI() < NI()
except TypeError as e:
    print(type(e).__name__, e)
class IL(list):
    def __iadd__(self, o):
        return "custom"
a = IL([1]); a += [2]; print(a)
t = (1, 2); u = t; t += (3,); print(t, u)
l = [1]; m = l; l += (2, 3); print(m)
try:
    l = [1]; l + (2,)
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(type(e).__name__, e)
