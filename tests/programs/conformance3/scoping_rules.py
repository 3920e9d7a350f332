# Scoping: class bodies, comprehensions inside class bodies, nonlocal, global.
x = "global x"

class A:
    x = "class x"
    y = [x for _ in range(1)]          # comprehension sees the global, not the class x
    z = [i for i in range(3) if i < len(x)]
    w = (lambda: x)()
    def method(self):
        return x
    first = [c for c in x][:3]         # outermost iterable is evaluated in class scope

print(A.y, A.z, A.w, A().method(), A.first)

def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    inc(); inc()
    return peek(), inc()

print(outer())

def make_counters():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]

print(make_counters())

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); print(bump(), counter)

def shadow():
    try:
        print(undefined_local)
    except NameError as e:
        print(type(e).__name__, e)
    def inner():
        print(v)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1

shadow()

def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 2
unbound()

class B:
    a = 1
    b = a + 1
    def f(self):
        try:
            return a
        except NameError as e:
            return str(e)
    c = [a for a in range(2)]
    d = a
print(B.b, B().f(), B.c, B.d)

def cell_class():
    val = 10
    class C:
        val = 20
        def get(self):
            return val
        got = val
    return C().get(), C.got
print(cell_class())

def nested_class_ref():
    class C:
        def who(self):
            return __class__.__name__
    return C().who()
print(nested_class_ref())

# walrus in comprehension binds in the enclosing function scope
def walrus():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        return big
print(walrus())
total = [last := i * 2 for i in range(4)]
print(total, last)

# del of a global, then NameError
g = 5
del g
try:
    g
except NameError as e:
    print(e)

def free_del():
    a = 1
    def reader():
        return a
    del a
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
free_del()

print(sorted(k for k in locals() if not k.startswith('__'))[:5])
