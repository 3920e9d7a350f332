# Closures, late binding, nonlocal and global, default-argument capture,
# function attributes and UnboundLocalError.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
total = 0


def add_global(n):
    global total
    total += n
    return total


print(add_global(5), add_global(6), total)


def shadow():
    x = 'local'

    def inner():
        return x
    x = 'changed'
    return inner()


print(shadow())
x = 10


def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 5
    return x


print(broken())


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            nonlocal a
            a += b
            return a
        return inner
    return middle()


f = outer()
print(f(), f(), f())


def defaults(a, items=[]):
    items.append(a)
    return items


print(defaults(1), defaults(2), defaults(3, []))


def annotated(a: int, b: 'str' = 'x', *args, c=3, **kw) -> bool:
    return True


print(annotated.__name__, annotated.__defaults__, annotated.__kwdefaults__, annotated.__annotations__)
annotated.tag = 'custom'
print(annotated.tag, sorted(annotated.__dict__))


def gen_scope():
    y = 3
    return [y * i for i in range(3)], {k: y for k in 'ab'}, list(y + j for j in range(2))


print(gen_scope())


class Scope:
    value = 5
    doubled = [value * 2 for _ in range(1)] if False else None

    def method(self):
        return value if 'value' in globals() else 'no global value'


print(Scope().method(), Scope.doubled)
