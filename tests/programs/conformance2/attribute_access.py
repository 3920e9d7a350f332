# __getattr__ vs __getattribute__, properties, slots, repr fallback.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return f"computed {name}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "nope", "default"), hasattr(l, "xa"), hasattr(l, "b"))
try:
    l.other
except AttributeError as e:
    print("AttributeError", e)

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        value = object.__getattribute__(self, name)
        return value * 10 if isinstance(value, int) else value
    def __getattr__(self, name):
        return "fallback:" + name
g = Logged()
print(g.a, g.secret, g.missing)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError", e)
class SlotDict:
    __slots__ = ("x", "__dict__")
sd = SlotDict()
sd.x = 1; sd.extra = 2
print(sd.x, sd.__dict__)
class SubSlot(Slotted):
    pass
ss = SubSlot(); ss.z = 5
print(ss.z, ss.__dict__, Slotted.x)

class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), str(p) == r)
class OnlyStr:
    def __str__(self):
        return "S!"
o = OnlyStr()
print(str(o), repr(o).startswith("<__main__.OnlyStr"), f"{o}", "%s" % o, [o][0].__str__())
class OnlyRepr:
    def __repr__(self):
        return "R!"
print(str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()!r}", format(OnlyRepr()))
try:
    format(OnlyRepr(), "10")
except TypeError as e:
    print("TypeError", e)

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq.__hash__, Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1)
try:
    {Eq(1)}
except TypeError as e:
    print("TypeError", e)
class EqHash(Eq):
    __hash__ = lambda self: hash(self.v)
print(len({EqHash(1), EqHash(1), EqHash(2)}))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)

try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    Plain.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    [].nope
except AttributeError as e:
    print("AttributeError", e)
import math
try:
    math.nope
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Plain, "__name__"), vars(Temp)["celsius"].fget.__name__, sorted(vars(t)))
setattr(p, "dyn", 3); print(p.dyn); delattr(p, "dyn"); print(hasattr(p, "dyn"))
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError", e)
