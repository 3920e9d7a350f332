import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
power_of_two = functools.partial(pow, 2)
print(power_of_two(10), power_of_two.args)
print(functools.reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def compare_len(a, b):
    return len(a) - len(b)


print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(compare_len)))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area)


@functools.singledispatch
def describe(x):
    return "something"


@describe.register
def _(x: int):
    return "an int"


@describe.register(list)
def _(x):
    return "a list"


print(describe(1), describe([1]), describe("s"))
