# Iterator classes: __iter__/__next__, iterables vs iterators, exhaustion,
# iter() on sequences with __getitem__, generator pipelines and laziness.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), sum(c), max(c), sorted(c), 2 in c)
it = iter(c)
print(next(it), list(it), list(it), next(it, 'exhausted'))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), list(zip(Squares(), 'abc')), list(enumerate(Squares()))[-1])


def read_lines():
    for line in ['# comment', 'alpha 1', '', 'beta 2', '# x', 'gamma 3']:
        print('  reading', repr(line))
        yield line


def non_comments(lines):
    return (l for l in lines if l and not l.startswith('#'))


def parse(lines):
    for l in lines:
        name, value = l.split()
        yield name, int(value)


pipeline = parse(non_comments(read_lines()))
print('pipeline built')
print(next(pipeline))
print(dict(pipeline))
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(10)))
print(next(evens), next(evens), list(evens))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
d = {'a': 1, 'b': 2}
di = iter(d.items())
print(next(di), list(di))
s = 'héllo'
print(list(iter(s)), list(reversed(s)), [c for c in s if c > 'g'])


class Broken:
    def __iter__(self):
        return 5


try:
    iter(Broken())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in 42:
        pass
except TypeError as e:
    print('TypeError:', e)
gen = (x * x for x in range(3))
print(iter(gen) is gen, list(gen), list(gen))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(zip('ab', [1, 2], (True, False))))
