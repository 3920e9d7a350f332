# Control flow: for/while with else, break/continue in nested loops,
# try/except/else/finally ordering, return in finally, match statements.
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, 'equals', d, '*', n // d)
            break
    else:
        print(n, 'is prime')
i = 0
while i < 3:
    i += 1
else:
    print('while done', i)
while True:
    i -= 1
    if i == 1:
        continue
    if i < 0:
        break
    print('countdown', i)


def flow(x):
    out = []
    try:
        out.append('try')
        if x == 'raise':
            raise ValueError(x)
        if x == 'return':
            return out + ['early']
    except ValueError:
        out.append('except')
    else:
        out.append('else')
    finally:
        out.append('finally')
    out.append('end')
    return out


for x in ['ok', 'raise', 'return']:
    print(x, flow(x))


def classify(value):
    match value:
        case 0 | 1:
            return 'bit'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case str() as s if s.isdigit():
            return 'digit string'
        case [x, y]:
            return f'pair {x},{y}'
        case [first, *rest]:
            return f'list starting {first} with {len(rest)} more'
        case {'type': 'point', 'x': px, **others}:
            return f'point x={px} others={others}'
        case (1, 2, 3):
            return 'exact tuple'
        case None:
            return 'none'
        case _:
            return 'other ' + type(value).__name__


for v in [0, 1, -5, 7, 2.5, '42', 'abc', [1, 2], [1, 2, 3], {'type': 'point', 'x': 3, 'z': 1}, (1, 2, 3), None, {1}]:
    print(repr(v), '->', classify(v))


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2)]:
    match p:
        case Point(0, 0):
            print('origin')
        case Point(0, y):
            print('on y axis', y)
        case Point(x=x, y=0):
            print('on x axis', x)
        case Point(x, y) if x == y:
            print('diagonal', x)
n = 0
while (n := n + 1) < 5:
    pass
print('walrus', n, [y for x in range(5) if (y := x * x) > 4])
