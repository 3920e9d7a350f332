def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_running if hasattr(g, "gi_running") else False)
print(next(g), next(g), next(g, "end"))


def infinite():
    n = 0
    while True:
        yield n
        n += 1


it = infinite()
print([next(it) for _ in range(5)])


def with_return():
    yield 1
    return "result"


g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
