# A class with a full set of dunders: repr/str, comparisons via total_ordering,
# hashing, container protocol, arithmetic with reflection, bool and len.
import functools


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f'Money({self.cents})'

    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0

    def __format__(self, spec):
        return format(str(self), spec)


a, b = Money(150), Money(275)
print(a, repr(b), a + b, 5 + a, a * 3, 2 * a, -a, sum([a, b, Money(5)]))
print(a < b, a <= b, a > b, a >= b, a == Money(150), a != b, a == 150)
print(sorted([b, a, Money(1)]), max(a, b), bool(Money(0)), bool(a))
print(len({a, Money(150), b}), f'[{a:>8}]', f'{b!r}')
try:
    a < 5
except TypeError as e:
    print('TypeError:', e)
try:
    a + 'x'
except TypeError as e:
    print('TypeError:', e)


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'cell {pos} out of range')
        return self.cells.get(pos, '.')

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, value):
        return value in self.cells.values()

    def __len__(self):
        return self.w * self.h

    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))


g = Grid(3, 2)
g[0, 0] = '#'
g[2, 1] = '@'
print(list(g), len(g), '#' in g, 'x' in g, g[1, 1])
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[1, 1]
except KeyError as e:
    print('KeyError:', e)
