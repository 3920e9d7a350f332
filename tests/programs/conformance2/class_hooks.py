# __init_subclass__, __set_name__, __class_getitem__, metaclasses.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)

class Alpha(Plugin, name="first"):
    pass

class Beta(Plugin):
    pass

print([c.plugin_name for c in Plugin.registry])
try:
    class Gamma(Plugin, bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Record:
    title = Field()
    count = Field()

r = Record()
print(r.title, Record.title.name, Record.title.owner, Record.count.private)
r.title = "hello"
print(r.title, r.__dict__)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print("TypeError", e)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag")
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)

class Thing(metaclass=Meta, tag="t"):
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.injected

t = Thing(5)
print(t.v, t.method(), Thing.tag, type(Thing).__name__, isinstance(Thing, Meta))

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())

class Ordered(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("_")]
        return cls
class Form(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Form.order)
print(type("Dyn", (object,), {"x": 1, "f": lambda self: self.x * 2})().f())
D = type("D", (), {})
print(D.__name__, D.__qualname__, D.__module__, D.__bases__, D.__mro__)
class A: pass
class B(A): pass
class C(A): pass
class E(B, C): pass
print([k.__name__ for k in E.__mro__], E.__base__.__name__, B.__subclasses__() if False else [k.__name__ for k in A.__subclasses__()])
try:
    class Bad(B, A, C): pass
    print("mro", [k.__name__ for k in Bad.__mro__])
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad3(int, str): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad4(bool): pass
except TypeError as e:
    print("TypeError", e)
