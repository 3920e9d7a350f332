# match statements: class patterns, __match_args__, mappings, sequences, guards, or/as
from dataclasses import dataclass
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
@dataclass
class Circle:
    center: Point
    r: float
def describe(obj):
    match obj:
        case Point(0, 0): return 'origin'
        case Point(x, 0) | Point(0, x): return f'on axis {x}'
        case Point(x=x, y=y) if x == y: return f'diagonal {x}'
        case Circle(Point(x, y), r) if r > 10: return f'big circle at {x},{y}'
        case Circle(center=c, r=r): return f'circle {c} r={r}'
        case [Point() as p, *rest]: return f'points from {p} +{len(rest)}'
        case {'type': 'user', 'name': str(name), **extra}: return f'user {name} extra={sorted(extra)}'
        case {'type': t}: return f'typed {t}'
        case (1, 2) | [3, 4]: return 'pair'
        case [x, y, *_] if x > y: return f'desc {x}>{y}'
        case [_, _, *mid, last]: return f'mid={mid} last={last}'
        case str() | bytes(): return f'stringish {obj!r}'
        case int(n) if n < 0: return 'negative'
        case int() | float() as num: return f'number {num}'
        case None: return 'none'
        case True: return 'true?'
        case _: return f'other {type(obj).__name__}'
tests = [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 20),
         Circle(Point(1, 1), 1), [Point(1, 1), 2, 3], {'type': 'user', 'name': 'bob', 'age': 3, 'z': 1},
         {'type': 'user', 'name': 5}, {'type': 'x'}, (1, 2), [3, 4], [5, 1, 0], [1, 2, 3, 4], 'hi', b'b', -5, 5, 2.5,
         None, True, False, 1.0, {1, 2}, (), [1]]
for t in tests:
    print(repr(t), '->', describe(t))

class NoArgs:
    pass
match NoArgs():
    case NoArgs(): print('matched bare')
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
match 42:
    case int(x):
        print('int self-match', x)
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}: print('rest', rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]: print(a + b + c + d)
from collections import OrderedDict, defaultdict
match OrderedDict(a=1):
    case {'a': v}: print('ordered', v)
dd = defaultdict(list)
match dd:
    case {'missing': _}: print('bad')
    case _: print('defaultdict not auto-created', dict(dd))
match 'abc':
    case [*chars]: print('str is not a sequence pattern', chars)
    case _: print('str not matched as sequence')
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green')
x = 5
match 5:
    case x if x > 10: print('big')
    case y: print('captured', y, x)
