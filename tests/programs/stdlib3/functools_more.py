import functools
from functools import lru_cache, cached_property, singledispatch, partial, reduce, total_ordering, wraps, cache
@lru_cache(maxsize=2)
def f(x):
    return x * 2
for v in [1, 2, 1, 3, 1, 2]:
    f(v)
print(f.cache_info())
f.cache_clear(); print(f.cache_info(), f.__wrapped__(5), f.__name__)
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info(), fib.cache_parameters())
@cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info())
@lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C(); print(c.val, c.val, c.n, 'val' in c.__dict__); del c.val; print(c.val)
print(type(C.__dict__['val']).__name__, C.val.attrname)
@singledispatch
def show(x): return f'obj {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list {len(x)}'
@show.register(float)
@show.register(complex)
def _(x): return f'num {x}'
print(show('s'), show(3), show(True), show([1, 2]), show(2.5), show(1j))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
p = partial(int, base=2); print(p('101'), repr(p), p.func, p.args, p.keywords)
p2 = partial(p, '11'); print(p2(), repr(p2))
def g(a, b, c=3): return a, b, c
print(partial(g, 1)(2), partial(g, c=9)(1, 2), repr(partial(g, 1, c=5)).split(' at ')[0])
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
def deco(fn):
    @wraps(fn)
    def inner(*a, **k): return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
print(functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(4))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class W:
    @functools.partialmethod
    def m(self, a, b): return a + b
class X:
    def add(self, a, b): return a + b
    add5 = functools.partialmethod(add, 5)
print(X().add5(1))
@functools.singledispatchmethod
def dummy(self, x): pass
print(functools.WRAPPER_ASSIGNMENTS)
