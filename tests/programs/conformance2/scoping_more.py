# Scoping rules that trip people up.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
    inner()
    return x
print(outer(), x)
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter(); c(); c(5)
print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
def use_global():
    global x, newname
    x = "changed"
    newname = 1
use_global()
print(x, newname)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def free_unbound():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
try:
    undefined_name_here
except NameError as e:
    print("NameError", e)
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    def method(self):
        return a if "a" in globals() else "no class scope"
print(K.c, K.doubled, K().method())
try:
    class K2:
        n = 3
        vals = [n * i for i in range(3)]
except NameError as e:
    print("NameError", e)
class K3:
    n = 3
    vals = [i for i in range(n)]
print(K3.vals)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    return out
print([f() for f in make()])
def defaults(a, items=[]):
    items.append(a)
    return items
print(defaults(1), defaults(2), defaults(3, []))
data = [1, 5, 3, 8, 2]
print([y for v in data if (y := v * 2) > 5], y)
print(total := sum(data), total)
def walrus_scope():
    [w := i for i in range(4)]
    return w
print(walrus_scope())
if (n := len(data)) > 3:
    print("long", n)
print([(a, b) for a in range(3) for b in range(a)])
print({k: v for k, v in zip("abc", range(3)) if v})
g = (i * i for i in range(4))
print(sum(g), sum(g))
i = "outer"
print([i for i in range(2)], i)
def deleter():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleter())
def shadow(len=len):
    return len([1, 2])
print(shadow())
def gen_scope():
    yield from (q for q in range(2))
print(list(gen_scope()))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("x"), eval("[x for _ in range(1)]", {"x": 5}))
ns = {}
exec("def f(): return 42\nr = f()", ns)
print(ns["r"], sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("q = 7", None, loc)
print(loc)
def lcl():
    a = 1; b = 2
    return sorted(locals().items())
print(lcl())
