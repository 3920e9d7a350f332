# Generator protocol corners: send/throw/close with finally, return values,
# StopIteration inside generators, yield from delegation, generator
# expressions' early binding, contextlib helpers.
import contextlib

def counter():
    total = 0
    try:
        while True:
            got = yield total
            if got is None:
                break
            total += got
    finally:
        print("  counter finally")
    return f"total={total}"

g = counter()
print(next(g), g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

g = counter()
next(g)
g.close()
print("closed; next ->", next(g, "exhausted"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("  caught", e)
c = catcher()
next(c)
c.throw(ValueError("one"))
c.throw(ValueError, "two")
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print("after throw:", next(c, "done"))

try:
    g2 = counter()
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)

def leaks_stop():
    yield 1
    next(iter([]))
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def inner():
    x = yield "i1"
    print("  inner got", x)
    yield "i2"
    return "inner result"
def outer():
    r = yield from inner()
    print("  yield from returned", r)
    yield "o1"
o = outer()
print(next(o), o.send("sent"), next(o), next(o, "end"))

def delegate_throw():
    try:
        yield from catcher()
    finally:
        print("  delegate finally")
d = delegate_throw()
next(d)
d.throw(ValueError("through yield from"))
d.close()

def running():
    yield g_self.send(None) if False else None
    yield next(g_self)
g_self = running()
next(g_self)
try:
    next(g_self)
except ValueError as e:
    print("ValueError:", e)

x = 10
ge = (x + i for i in range(3))
x = 100
print(list(ge))
try:
    ge2 = (i for i in 5)
except TypeError as e:
    print("TypeError at creation:", e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(zip(fib(), "abc")))

gen = (i * i for i in range(3))
print(type(gen).__name__, gen.__name__, next(gen), list(gen), list(gen))
print(sum(i for i in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))

@contextlib.contextmanager
def managed(name, fail=False):
    print("  open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled inside", repr(e))
    finally:
        print("  close", name)

with managed("a") as v:
    print("  body", v)
with managed("b"):
    raise KeyError("swallowed by generator")
try:
    with managed("c"):
        raise ValueError("escapes")
except ValueError as e:
    print("escaped:", e)

with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xy":
        stack.enter_context(managed(n))
    stack.callback(print, "  callback")
    print("  in stack")

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def twice_yield():
    yield
    yield
try:
    with twice_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
