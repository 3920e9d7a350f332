# count, repeat, islice and chain: values, laziness, reprs, subclasses and
# constructor errors, as CPython's itertools.
import itertools as it
from fractions import Fraction


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: it.count('a'))
show(lambda: it.count(1, 'a'))
show(lambda: it.count(1, 2, 3))
show(lambda: it.count(x=1))
show(lambda: it.count(1, start=2))
show(lambda: it.count(start=3, step=2))
show(lambda: it.count(1.5))
show(lambda: it.count(1, 1.0))
show(lambda: it.count(2**70))
show(lambda: it.count(True))
show(lambda: it.count(True, 2))
show(lambda: it.count(1, True))
show(lambda: it.count(step=-1))
show(lambda: it.count(None))
show(lambda: it.count(Fraction(1, 2)))
c = it.count(True)
print(next(c), next(c), c)
c = it.count(True, 2)
print(next(c), next(c), c)
c = it.count(2**53 - 2)
print([next(c) for _ in range(4)], c)
c = it.count(0.5, 0.25)
print([next(c) for _ in range(3)], c)
c = it.count(Fraction(1, 3), Fraction(1, 3))
print([next(c) for _ in range(3)], c)
c = it.count(10, -3)
print(list(zip(range(4), c)), c)

show(lambda: it.repeat())
show(lambda: it.repeat(1, 'a'))
show(lambda: it.repeat(1, -3))
show(lambda: it.repeat(1, 2, 3))
show(lambda: it.repeat(1, times=None))
show(lambda: it.repeat(object=1, times=2))
show(lambda: it.repeat(1, object=2))
show(lambda: it.repeat(None, True))
show(lambda: it.repeat(None, 2.0))
show(lambda: it.repeat('a', 3).__length_hint__())
show(lambda: it.repeat('a').__length_hint__())
r = it.repeat([1], 3)
print(next(r), r, list(r), r, list(r))
r = it.repeat('x')
print([next(r) for _ in range(3)], r)

show(lambda: it.islice([1], 1, x=2))
show(lambda: it.islice([1]))
show(lambda: it.islice(5, 1))
show(lambda: it.islice(5, 'a'))
show(lambda: it.islice([1], -1))
show(lambda: it.islice([1], -2))
show(lambda: it.islice([1], 'a'))
show(lambda: it.islice([1], 0, 'a'))
show(lambda: it.islice([1], 'a', 2))
show(lambda: it.islice([1], -1, 2))
show(lambda: it.islice([1], 0, -2))
show(lambda: it.islice([1], 0, 2, 0))
show(lambda: it.islice([1], 0, 2, -1))
show(lambda: it.islice([1], 0, 2, 'a'))
show(lambda: it.islice([1], 0, 2, 1, 4))
show(lambda: it.islice([1], 10**30))
print(list(it.islice(range(10), None)))
print(list(it.islice(range(10), 2, None)))
print(list(it.islice(range(10), 2, 8, 3)))
print(list(it.islice(range(10), None, None, 4)))
print(list(it.islice('abcdefg', 3)))
print(list(it.islice(it.count(), 5, 15, 5)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
src = iter(range(3))
s = it.islice(src, 5)
print(list(s), list(s))


def gen():
    yield 1
    yield 2
    raise KeyError('boom')


s = it.islice(gen(), 5)
print(next(s), next(s))
show(lambda: next(s))

show(lambda: it.chain(1, x=2))
show(lambda: list(it.chain(1)))
show(lambda: it.chain.from_iterable())
show(lambda: it.chain.from_iterable(5))
show(lambda: list(it.chain.from_iterable([1])))
print(list(it.chain()), list(it.chain('ab', [1, 2], (), range(2))))
print(list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.chain.from_iterable(x * 2 for x in 'abc')))
ch = it.chain([1], 5, [2])
print(next(ch))
show(lambda: next(ch))
show(lambda: next(ch))
print(type(it.chain()), it.chain.__name__, type(it.islice([], 1)), type(it.count()), type(it.repeat(1)))
print(it.chain.from_iterable.__name__, it.chain.from_iterable.__qualname__)


class MyCount(it.count):
    pass


class MyChain(it.chain):
    def __init__(self, *args):
        self.n = len(args)


print(MyCount(3), list(zip('ab', MyCount(3))))
m = MyChain([1], [2, 3])
print(type(m).__name__, m.n, list(m))
print(type(MyChain.from_iterable([[1]])).__name__)
print(isinstance(it.count(), it.count), iter(it.repeat(1)) is not None)
print(sum(it.islice(it.count(1), 100)), list(it.repeat(7, 3)))
