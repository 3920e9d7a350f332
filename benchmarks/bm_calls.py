# Calls and closures: recursive fib, Ackermann-style deep recursion,
# keyword/default/star arguments, bound methods and closures over mutable
# cells (counters, adders, composed functions). Prints each result.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def composed(x):
        return f(g(x))
    return composed


def keywords(a, b=2, *rest, scale=1, **extra):
    return (a + b + len(rest) + len(extra)) * scale


class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self


def main(n):
    print("fib(%d) = %d" % (n, fib(n)))
    x, y = min(n, 18), min(n * 2 // 3, 12)
    print("tak(%d, %d, 6) = %d" % (x, y, tak(x, y, 6)))
    counter = make_counter()
    for i in range(n * 9000):
        counter(i & 3)
    print("counter = %d" % counter(0))
    add_then_double = compose(lambda x: x * 2, make_adder(3))
    total = 0
    for i in range(n * 9000):
        total += add_then_double(i)
    print("composed = %d" % total)
    kw = 0
    for i in range(n * 4500):
        kw += keywords(i)
        kw += keywords(i, 1, 2, 3, scale=2)
        kw += keywords(i, b=5, flag=True)
    print("keywords = %d" % kw)
    acc = Accumulator()
    add = acc.add
    for i in range(n * 9000):
        add(i)
    print("accumulated = %d" % acc.total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
