# Scoping: nonlocal/global, class scopes and comprehensions, closures, late binding, qualnames, function attributes, functools
# scoping
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        nonlocal x
        x = 'changed'
    inner()
    return x
print(outer())
def g():
    global newglobal
    newglobal = 1
g(); print(newglobal)
class C:
    y = 5
    vals = [y for _ in range(2)] if False else None
    try:
        vals2 = [y for _ in range(2)]
    except NameError as e:
        print('class scope comp', e)
    z = (lambda: y) if False else None
print([i for i in range(3) if (last := i) > 0], last)
def walrus():
    data = [1, 2, 3]
    if (n := len(data)) > 2:
        print('n', n)
    print([y := v * 2 for v in data], y)
walrus()
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents, counter.__code__.co_cellvars, c.__code__.co_freevars)
def uses_before():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1
uses_before()
def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
free_unbound()
def del_local():
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print(e)
del_local()
print([(a, b) for a in range(3) for b in range(a) if a + b > 1])
print({k: v for k, v in zip('abc', range(3)) if v}, {c for c in 'hello'} == set('helo'))
gen = (x for x in range(3))
x = 10
print(list(gen), x)
e = [[i * j for j in range(3)] for i in range(3)]
print(e)
class Outer:
    a = 1
    class Inner:
        try:
            b = a
        except NameError as e:
            print('nested class', e)
    def m(self):
        return __class__
print(Outer().m().__name__, Outer.Inner.__qualname__, Outer.m.__qualname__)
def f_qual():
    class L:
        def m(self): pass
    return L
print(f_qual().__qualname__, f_qual().m.__qualname__, (lambda: 0).__qualname__, [lambda: 0][0].__name__)
def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    return wrapper
@deco
def add(a, b=2, *c, d, e=5, **f):
    return a + b + d
print(add(1, d=3), add.__name__)
print(add.__code__.co_argcount if False else 0)
def sig(a, b=2, *c, d, e=5, **f): pass
co = sig.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_flags & 0xc, sig.__defaults__, sig.__kwdefaults__)
def ann(a: int, b: 'str' = 'x') -> list[int]: pass
print(ann.__annotations__)
print(sorted(ann.__dict__), ann.__module__, ann.__doc__)
def doc(): "docstring here"
print(doc.__doc__)
ann.custom = 5; print(ann.custom, ann.__dict__)
import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
p = functools.partial(int, base=2)
print(p('101'), p.func.__name__, p.keywords, repr(functools.partial(max, 1)) [:20])
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
@functools.wraps(sig)
def wrapped_sig(*a): pass
print(wrapped_sig.__name__, wrapped_sig.__wrapped__ is sig)
@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1))
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
