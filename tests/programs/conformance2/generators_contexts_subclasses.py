# Generators (send/throw/close), context managers, f-string forms, mutation during iteration, builtin subclasses.
import contextlib, sys
def gen():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("gen finally")
g = gen(); next(g); g.send("a"); g.send("b"); g.close(); g.close()
def g2():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield 3
it = g2(); print(next(it), it.throw(ValueError("x")), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
def g3():
    yield 1
    return "ret"
def deleg():
    r = yield from g3()
    print("delegate got", r)
print(list(deleg()))
try:
    it.throw(KeyError("late"))
except KeyError as e:
    print("KeyError", e)
def bad_gen():
    yield 1
    raise StopIteration("inner")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("suppressed in cm")
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    1 / 0
print("after")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xy":
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with CM():
    raise KeyError("k")
try:
    with CM():
        raise ValueError("v")
except ValueError:
    print("propagated")
x = 10
print(f"{x=}", f"{x*2=}", f"{x!r:>5}", f"{'nested {x}'}", f"{x:{'>'}{6}}", f"{3.14159:.{2}f}", f"{{literal}}", f"{x = }")
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError", e)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.remove(v)
print(lst)
sys.setrecursionlimit(100)
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
first, *middle, last = range(6)
print(first, middle, last, [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
print(MyInt(5) + 1, type(MyInt(5) + 1).__name__, MyInt(3), [MyInt(2)], str(MyInt(7)), MyInt("12"), hash(MyInt(5)) == hash(5))
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", type(MyStr("a") + "b").__name__, MyStr("x") == "x", f"{MyStr('q')}")
class MyList(list):
    def __init__(self, *a):
        super().__init__(a)
ml = MyList(3, 1, 2); ml.sort(); print(ml, type(ml[:1]).__name__, len(ml), ml + [4])
class D(dict):
    def __missing__(self, k): return k * 2
print(D()["ab"], D(a=1)["a"], D().get("z"))
print(frozenset([1, 2]) | {3}, type(frozenset([1]) | {3}).__name__, {1, 2} <= {1, 2, 3}, {1, 2} ^ {2, 3}, set("aab") == {"a", "b"})
