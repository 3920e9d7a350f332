import functools, operator, itertools, collections
# functools extras
@functools.lru_cache(maxsize=None, typed=True)
def f(x): return type(x).__name__
print(f(1), f(1.0), f.cache_info(), f.cache_parameters())
class C:
    @functools.cached_property
    def v(self): return 42
    @functools.lru_cache
    def m(self, x): return x * 2
c = C(); print(c.v, c.m(2), C.m.cache_info().hits, C.v.__class__.__name__, C.v.attrname)
try:
    class S:
        __slots__ = ()
        @functools.cached_property
        def v(self): return 1
    S().v
except TypeError as e: print(e)
p = functools.partial(operator.sub, 10); print(p(3), functools.reduce(operator.add, 'abc', '>'), functools.update_wrapper(lambda: 0, f).__name__)
print(operator.attrgetter('real')(3), operator.itemgetter(-1, 0)('abc'), operator.methodcaller('split', ',')('a,b'), repr(operator.attrgetter('a.b', 'c')), repr(operator.methodcaller('f', 1, x=2)))
print(operator.is_(None, None), operator.truth([]), operator.contains([1], 1), operator.getitem({'a': 1}, 'a'), operator.neg(5), operator.pos(-5), operator.inv(5), operator.lshift(1, 3), operator.matmul if hasattr(operator, 'matmul') else '')
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.index(True), operator.length_hint(iter(range(5))))
try: operator.attrgetter(1)
except TypeError as e: print(e)
@functools.singledispatch
def show(x): return 'obj'
@show.register(collections.abc.Sequence)
def _(x): return 'seq'
@show.register(int | float)
def _(x): return 'num'
print(show([1]), show('s'), show(3), show(2.5), show({}), show.dispatch(tuple).__name__)
try:
    @show.register
    def _(x): return 'bad'
except TypeError as e: print(str(e)[:40])
try:
    @show.register
    def _(x: 'int | list[int]'): return 'bad'
except TypeError as e: print(e)
try: show.register(3, print)
except TypeError as e: print(e)
@show.register
def _(x: 'str | bytes'): return 'text'
print(show('s'), show(b'b'), show.dispatch(bytes).__name__)
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
k = sorted([('b', 2), ('a', 2), ('c', 1)], key=functools.cmp_to_key(lambda x, y: (x[1] > y[1]) - (x[1] < y[1]) or (x[0] > y[0]) - (x[0] < y[0]))); print(k)
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * 10 + b)), functools.reduce(lambda acc, x: acc | {x}, [1, 2], set()))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v if isinstance(o, V) else NotImplemented
    def __gt__(self, o): return self.v > o.v if isinstance(o, V) else NotImplemented
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4))
try: V(1) < 5
except TypeError as e: print(e)
try:
    @functools.total_ordering
    class NoOrder: pass
except ValueError as e: print(e)
