# functools in application code.
import functools
from functools import lru_cache, singledispatch, cached_property, reduce, partial, wraps, cache

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n
square(2); square(2); square(3); square(4); square(2)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(5), square.__name__)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits, fib.cache_parameters())

@cache
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True))

@lru_cache(maxsize=None, typed=True)
def t2(x):
    return repr(x)
print(t2(1), t2(1.0), t2.cache_info().currsize)
try:
    square([1])
except TypeError as e:
    print("TypeError", e)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"
print(describe(1), describe(True), describe([1, 2]), describe(1.5), describe(2j), describe("s"), describe(None))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
c.area = 99
print(c.area, type(Circle.area).__name__)

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(sq(7), cube_mod(7), sq.func.__name__, sq.args, sq.keywords, repr(partial(int, base=2)))
print(partial(partial(power, 2), 5)(), partial(max, key=len)("ab", "abc"))

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
@logged
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__annotations__)

cmp = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))

class Pm:
    @functools.partialmethod
    def noop(self):
        pass
    def set_state(self, state):
        self.state = state
    on = functools.partialmethod(set_state, True)
pm = Pm(); pm.on()
print(pm.state)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(2))
