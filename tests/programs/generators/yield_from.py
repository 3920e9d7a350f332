def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("result:", result)
    yield 3


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))


def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)


print(list(tree((1, [(2, [(4, [])]), (3, [])]))))
