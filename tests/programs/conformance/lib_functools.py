# functools: reduce, partial, lru_cache statistics, wraps, cached_property,
# singledispatch and total_ordering.
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)
base2 = functools.partial(int, base=2)
print(base2('1010'), base2.func.__name__, base2.keywords, functools.partial(pow, 2)(5))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def sq(n):
    print('computing', n)
    return n * n


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f'calling {func.__name__}{args}')
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))


class Data:
    def __init__(self, n):
        self.n = n

    @functools.cached_property
    def total(self):
        print('computing total')
        return sum(range(self.n))


dobj = Data(10)
print(dobj.total, dobj.total, 'total' in vars(dobj))


@functools.singledispatch
def show(x):
    return f'object {x!r}'


@show.register
def _(x: int):
    return f'int {x}'


@show.register(list)
def _(x):
    return f'list of {len(x)}'


print(show(5), show([1, 2]), show('s'), show(True))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1))
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
