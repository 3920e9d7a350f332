def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(count_up(5)))
gen = fib()
print([next(gen) for _ in range(10)])
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "default"))


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


print(list(evens(range(10))), sum(x * x for x in range(5)))
print(type(count_up(1)).__name__, iter(g) is g)
