# match statements: class patterns with __match_args__, guards, mapping patterns with **rest, or-patterns, star patterns and their errors.
from dataclasses import dataclass
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
@dataclass
class Circle:
    center: Point
    r: float
def describe(shape):
    match shape:
        case Circle(Point(0, 0), r) if r > 10: return f'big circle at origin {r}'
        case Circle(Point(x=0, y=0), r): return f'circle at origin {r}'
        case Circle(center=Point(x, y), r=r): return f'circle at {x},{y} r={r}'
        case Point(x, 0) | Point(0, x): return f'on axis {x}'
        case Point(): return 'point'
        case [1, *rest]: return f'starts with 1, rest={rest}'
        case [*init, 9]: return f'ends with 9, init={init}'
        case (a, b, c): return f'triple {a} {b} {c}'
        case {'type': 'user', 'name': str(n), **rest}: return f'user {n} extra={rest}'
        case {'type': t}: return f'typed {t}'
        case str() as s if len(s) > 3: return f'long str {s}'
        case 'a' | 'b' | 'c': return 'abc letter'
        case int(i) | float(i): return f'number {i!r}'
        case None: return 'none'
        case _: return f'other {shape!r}'
tests = [Circle(Point(0, 0), 20), Circle(Point(0, 0), 2), Circle(Point(1, 2), 3), Point(5, 0), Point(0, 7), Point(1, 1),
         [1, 2, 3], [4, 5, 9], (7, 8, 9), [7, 8], {'type': 'user', 'name': 'ann', 'age': 3}, {'type': 'admin'},
         'hello', 'b', 'zz', 42, 2.5, None, True, b'x', {'name': 'x'}, range(3), '']
for t in tests:
    print(describe(t))
class Bad:
    __match_args__ = ('a', 'b')
    def __init__(self): self.a = 1
match Bad():
    case Bad(1, b=2): print('no')
    case _: print('fell')
try:
    match Bad():
        case Bad(x, y): print(x, y)
except AttributeError as e:
    print('AttributeError', e)
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print('TypeError', e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print('TypeError', e)
match {'a': 1, 'b': 2}:
    case {'a': 1, **kw}: print(kw)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]: print(a + b + c + d)
match 'x':
    case 'y': print('y')
print('done')
from collections import OrderedDict, defaultdict
match defaultdict(int, k=3):
    case {'k': v, 'missing': m}: print('both', v, m)
    case {'k': v}: print('only k', v)
match (1, 2):
    case [x, y] if x > y: print('gt')
    case [x, y]: print('le', x, y)
