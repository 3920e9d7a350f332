# Decorators with and without arguments, stacked decorators, class
# decorators, __init_subclass__, __class_getitem__, __set_name__ order,
# and abstract base classes.
import abc
import functools


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


def shout(func):
    def wrapper(*args):
        return func(*args).upper()
    return wrapper


@repeat(2)
@shout
def greet(name):
    return f'hi {name}'


print(greet('ann'), greet.__name__)
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls


@register
class Plugin:
    pass


print(registry, Plugin.registered)


class Base:
    subclasses = []

    def __init_subclass__(cls, prefix='', **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = prefix + cls.__name__
        Base.subclasses.append(cls.__name__)


class A(Base):
    pass


class B(Base, prefix='x-'):
    pass


print(A.tag, B.tag, Base.subclasses)


class Box:
    def __class_getitem__(cls, item):
        return f'Box[{item.__name__}]'


print(Box[int], Box[str])


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Half(Shape):
    pass


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    return x * x


print([square(i) for i in range(4)], square.calls)


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['created_by'] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


w = WithMeta(5)
print(w.v, WithMeta.created_by, type(WithMeta).__name__)
