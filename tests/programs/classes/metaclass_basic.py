class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__}")
        return super().__call__(*args, **kwargs)


class Base(metaclass=Registry):
    pass


class Child(Base):
    def __init__(self, v):
        self.v = v


c = Child(5)
print(c.v, Registry.classes, type(Child).__name__, isinstance(Child, Registry))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}


print(Config() is Config())
Dynamic = type("Dynamic", (object,), {"greet": lambda self: "hi", "n": 3})
print(Dynamic().greet(), Dynamic.n, Dynamic.__name__)


class Plugin:
    registry = []

    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)


class CsvPlugin(Plugin, kind="csv"):
    pass


class AnyPlugin(Plugin):
    pass


print(Plugin.registry, CsvPlugin.kind, AnyPlugin.kind)
