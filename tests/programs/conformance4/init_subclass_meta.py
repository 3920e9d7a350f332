# __init_subclass__, __class_getitem__, metaclasses with __prepare__ and __call__
class Registry:
    plugins = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.plugins.append((cls.__name__, tag))

class A(Registry, tag="a"): pass
class B(A): pass
class C(Registry, tag="c"): pass
print(Registry.plugins, B.tag)
try:
    class D(Registry, color="red"): pass
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box[int, str], Box["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'created_by': mcls.__name__}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        inst.made = True
        return inst

class Model(metaclass=OrderedMeta, flavor="x"):
    b = 1
    a = 2
    def __init__(self, v=0):
        self.v = v
m = Model(5)
print(m.v, m.made, Model.created_by, type(Model).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, n): self.n = n
print(Conf(1).n, Conf(2).n, Conf(1) is Conf(3))

class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, x):
        print("init called", x)
        self.x = x
print(Weird(-1), Weird(2).x)

class M2(type):
    def __repr__(cls):
        return f"<class-M2 {cls.__name__}>"
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return k * 2
class K(metaclass=M2): pass
print(repr(K), len(K), K[21], str(K))
print(isinstance(K, M2), issubclass(M2, type), K.__class__.__name__)
try:
    class Bad(metaclass=lambda n, b, d: 7): pass
    print(Bad)
except Exception as e:
    print(type(e).__name__, e)
