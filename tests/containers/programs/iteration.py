# iterator protocol: for loops, generators feeding builtins, unpacking
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)), sorted(Countdown(4)), max(Countdown(3)), set(Countdown(3)), dict.fromkeys(Countdown(2)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(enumerate(Seq())), tuple(Seq()))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Rev())))
class Custom:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(Custom())))
def gen():
    yield 1
    yield 2
    return 'done'
g = gen(); print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
print(list(zip(gen(), 'xyz')), dict(zip('ab', gen())), list(map(lambda a, b: a + b, gen(), [10, 20, 30])))
e = enumerate(['a', 'b']); print(next(e), list(e), iter(e) is e)
z = zip([1, 2], [3, 4]); print(next(z), list(z))
m = map(abs, [-1, -2]); print(iter(m) is m, list(m), list(m))
first, *middle, last = range(6); print(first, middle, last)
(a, b), c = (1, 2), 3; print(a, b, c)
try:
    x, y = [1, 2, 3]
except ValueError as err:
    print('ValueError:', err)
try:
    x, y, z = [1, 2]
except ValueError as err:
    print('ValueError:', err)
d = {'a': 1, 'b': 2}
for k, v in d.items(): print(k, v, end='; ')
print()
print([x for x in range(3)], sorted({x for x in 'aab'}), {k: v for k, v in zip('ab', (1, 2))}, list(x * 2 for x in range(3)))
it = iter(range(3)); print(type(it).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter('')).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(reversed([])).__name__, type(enumerate([])).__name__)
print(list(iter(lambda: 1, 1)), all(True for _ in range(3)), any(i == 2 for i in range(3)))
print('sep', 'end', sep='|', end='!\n')
print(1, 2, sep=None, end=None)
print()
print(*[1, 2, 3], sep=', ')
try:
    print(1, sep=5)
except TypeError as err:
    print('TypeError:', err)
import sys
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
