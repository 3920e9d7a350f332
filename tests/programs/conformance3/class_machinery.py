# Class machinery: __init_subclass__, __set_name__, __class_getitem__,
# metaclass __prepare__, __slots__ corners, descriptors, __getattr__ vs
# __getattribute__, __mro_entries__.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin, name="alpha!"):
    pass
class Beta(Plugin):
    pass
print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value * 2)

class Model:
    size = Field()
    color = Field()
m = Model()
print(Model.size.owner, Model.size.name, m.size)
m.size = 21
print(m.size, vars(m))

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        ns["keys"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("meta call", cls.__name__, args)
        return super().__call__(*args)

class Ordered(metaclass=OrderedMeta, flag=True):
    b = 1
    a = 2
    def m(self):
        return self.injected
print(Ordered.keys, Ordered().m(), type(Ordered).__name__)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
del s.x
try:
    del s.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Slotted.x).__name__)

class SlotsDict:
    __slots__ = ("a", "__dict__")
sd = SlotsDict(); sd.a = 1; sd.b = 2
print(sd.a, sd.__dict__)
class SubNoSlots(Slotted):
    pass
sn = SubNoSlots(); sn.z = 5
print(sn.z, sn.x)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BothLayouts(int):
        __slots__ = ("q",)
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
lz = Lazy()
print(lz.real, lz.auto_x, getattr(lz, "missing", "default"))
try:
    lz.missing
except AttributeError as e:
    print("AttributeError:", e)

class Tracing:
    def __init__(self):
        self.log = []
        self.value = 7
    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
t = Tracing()
print(t.value, t.nothing, t.log)

class Desc:
    def __get__(self, obj, objtype=None):
        return "data descriptor" if obj is not None else "class access"
    def __set__(self, obj, value):
        raise AttributeError("read only")
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data"
class UsesDesc:
    d = Desc()
    n = NonData()
u = UsesDesc()
u.__dict__["d"] = "instance d"
u.__dict__["n"] = "instance n"
print(u.d, u.n, UsesDesc.d)
try:
    u.d = 5
except AttributeError as e:
    print("AttributeError:", e)

class P:
    @property
    def ro(self):
        return 1
    @property
    def rw(self):
        return self._rw
    @rw.setter
    def rw(self, v):
        self._rw = v
    @rw.deleter
    def rw(self):
        del self._rw
p = P()
p.rw = 3
print(p.ro, p.rw)
del p.rw
for action in ("set", "del", "get"):
    try:
        if action == "set":
            p.ro = 2
        elif action == "del":
            del p.ro
        else:
            p.rw
    except AttributeError as e:
        print(action, "AttributeError:", e)

class Base1: pass
class Base2: pass
class Shim:
    def __mro_entries__(self, bases):
        return (Base1, Base2)
class Derived(Shim()):
    pass
print([c.__name__ for c in Derived.__mro__], Derived.__orig_bases__[0].__class__.__name__)

try:
    class X(Base1, Base1):
        pass
except TypeError as e:
    print("TypeError:", e)
class A1: pass
class B1(A1): pass
try:
    class C1(A1, B1):
        pass
except TypeError as e:
    print("TypeError:", e)

print(type("Dyn", (Base1,), {"v": 1})().v, type(3), type(type))
try:
    type("N", (1,), {})
except TypeError as e:
    print("TypeError:", e)

class WithClassMethods:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls
    @staticmethod
    def helper(x):
        return x * 2
print(WithClassMethods.make().count, WithClassMethods().helper(4), WithClassMethods.helper(5))
print(repr(WithClassMethods.__dict__["make"])[:22], callable(WithClassMethods.__dict__["helper"]))

# type(name, bases, ns) takes the most derived metaclass of the bases
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, kw)
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(type(type('Made', (WithMeta,), {})).__name__)
class SubMeta(Meta): pass
print(type(SubMeta('Made2', (WithMeta,), {})).__name__)
