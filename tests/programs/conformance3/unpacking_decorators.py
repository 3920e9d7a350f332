# Star unpacking in every position, and decorators (with arguments, stacked,
# on classes and methods, functools.wraps, class decorators returning others).
import functools

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[x, [y, *z]] = [1, (2, 3, 4)]
print(x, y, z)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
print(*range(3), *"ab", sep="|")
print([*range(2), *[9], *()], (*"xy",), {*"aab", *[1]} == {"a", "b", 1}, {**{"a": 1}, "b": 2, **{"a": 3}})
def kw(**k):
    return k
print(kw(**{"x": 1}, y=2, **{"z": 3}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = {"only": 1}
except ValueError as e:
    print("ValueError:", e)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
s = {}
s["a"], s["b"] = s["b"], s["a"] = 1, 2
print(s)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
def gen():
    yield from [1, 2, 3]
h, *t = gen()
print(h, t)

# decorators
def trace(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"[{label}] {fn.__name__}{args}{kwargs if kwargs else ''}")
            return fn(*args, **kwargs)
        return wrapper
    return deco

def twice(fn):
    def inner(*a):
        return fn(*fn(*a))
    return inner

@trace("outer")
@trace("inner")
def add(x, y=0):
    """Adds."""
    return x + y
print(add(1, y=2), add.__name__, add.__doc__, add.__wrapped__.__name__)

@twice
def swap(a, b):
    return b, a
print(swap(1, 2))

registry = {}
def register(name=None):
    def deco(obj):
        registry[name or obj.__name__] = obj
        return obj
    return deco

@register()
class Thing:
    @register("method")
    def m(self):
        return "m"
    @property
    @functools.lru_cache(maxsize=None)
    def cached(self):
        return 42
print(sorted(registry), registry["Thing"]().m(), Thing().cached)

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v=1):
        self.v = v
print(Config(5).v, Config(7).v, Config.__name__)

decorators = [trace("list")]
@decorators[0]
def sub(a, b):
    return a - b
print(sub(5, 3))

@lambda f: f()
def immediately():
    return "called at definition"
print(immediately)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0
        self.fn = fn
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def sq(n):
    return n * n
print(sq(3), sq(4), sq.calls, sq.__name__)

def method_deco(fn):
    def w(self, *a):
        return f"{type(self).__name__}:{fn(self, *a)}"
    return w
class K:
    @method_deco
    def hello(self, who):
        return f"hi {who}"
    @staticmethod
    @trace("static")
    def st(v):
        return v
    @classmethod
    @trace("cls")
    def cl(cls):
        return cls.__name__
print(K().hello("bob"), K.st(3), K.cl())
print(functools.partial(add.__wrapped__, 10)(5), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
