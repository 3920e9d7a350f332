# Exercises lib/pprint under pvm; tests/lib/lib_programs.test.ts compares the
# output with python3's.
import collections
import dataclasses
import io
import pprint
import random
import types

rng = random.Random(3)


@dataclasses.dataclass
class Point:
    x: object
    y: object
    hidden: int = dataclasses.field(default=0, repr=False)


def text():
    words = ['a', 'bb', 'hello', 'world', 'x' * rng.randrange(1, 30), '\\', "'", '"', '\t', ' ', '\n']
    return ''.join(rng.choice(words) + rng.choice(['', ' ', '\n']) for _ in range(rng.randrange(0, 25)))


def data(depth, kinds):
    if depth <= 0 or rng.random() < 0.3:
        return rng.choice([lambda: rng.randrange(-10 ** 12, 10 ** 12), lambda: 10 ** rng.randrange(30),
                           lambda: round(rng.random(), 6), lambda: None, lambda: True, text,
                           lambda: bytes(rng.randrange(256) for _ in range(rng.randrange(30))),
                           lambda: 'word ' * rng.randrange(20), lambda: rng.choice([(), [], {}, set(), '', b''])])()
    n = rng.randrange(0, 6)
    kids = [data(depth - 1, kinds) for _ in range(n)]
    keys = [rng.choice([rng.randrange(100), 'k%d' % rng.randrange(50), (rng.randrange(3), 'x'), 'a' * rng.randrange(1, 25)])
            for _ in range(n)]
    kind = rng.choice(kinds)
    if kind == 'list':
        return kids
    if kind == 'tuple':
        return tuple(kids)
    if kind == 'dict':
        return dict(zip(keys, kids))
    if kind == 'set':
        # ints only: pvm's set order of str keys differs from CPython's (str hashes)
        return set(k for k in keys if isinstance(k, int))
    if kind == 'odict':
        return collections.OrderedDict(zip(keys, kids))
    if kind == 'ddict':
        return collections.defaultdict(list, zip(keys, kids))
    if kind == 'counter':
        return collections.Counter({k: rng.randrange(100) for k in keys})
    if kind == 'deque':
        return collections.deque(kids, rng.choice([None, 5]))
    if kind == 'ns':
        return types.SimpleNamespace(**{'f%d' % i: c for i, c in enumerate(kids)})
    return Point(kids, keys)


kinds = ['list', 'tuple', 'dict', 'set', 'odict', 'ddict', 'counter', 'deque', 'ns', 'dc']
for trial in range(250):
    value = data(rng.randrange(1, 5), kinds)
    options = dict(width=rng.choice([80, 40, 20, 1]), indent=rng.choice([1, 0, 2, 4]), depth=rng.choice([None, 1, 2]),
                   compact=rng.random() < 0.4, sort_dicts=rng.random() < 0.7, underscore_numbers=rng.random() < 0.2)
    print(options)
    print(pprint.pformat(value, **options))
pprint.pprint({'b': [1, 2, 3] * 10, 'a': ('x' * 30, 'y' * 30), 'c': 'hello world ' * 10})
pprint.pp({'b': 1, 'a': 2}, width=5)
out = io.StringIO()
pprint.pprint(list(range(40)), out, compact=True, width=30)
print(repr(out.getvalue()))
a = [1, {'k': None}]
a[1]['k'] = a
a.append(a)
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.pformat(a, width=10).replace(str(id(a)), 'ID'))
print(pprint.saferepr({2: 1, 1: [2, (3,)]}), pprint.isreadable(object()), pprint.pformat(10 ** 20, underscore_numbers=True))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
