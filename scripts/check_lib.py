#!/usr/bin/env python3
"""Check pvm's Python-written modules (backends/runtime/lib/) against CPython's.

Each lib module is loaded under another name (`pvm_heapq` for heapq.py, the
`collections` package as `pvm_collections`) and compared with the real stdlib
module: snippets of code run once with `M` bound to each module and their
printed output (including exceptions: type and message) must be equal, and
randomized checks compare results over many seeds and operations.
Lib modules that import other lib modules get CPython's versions of those,
so each module is checked on its own.

Usage: scripts/check_lib.py [MODULE ...]   exit status 0 when all agree.
"""
import importlib
import importlib.util
import io
import os
import random as _rnd
import sys
import traceback
from contextlib import redirect_stdout

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'backends', 'runtime', 'lib')
_loaded = {}


def load(name):
    """The pvm version of lib module `name` (dotted names are submodules)."""
    if name in _loaded:
        return _loaded[name]
    path = os.path.join(LIB, *name.split('.'))
    if os.path.isdir(path):
        spec = importlib.util.spec_from_file_location(
            'pvm_' + name, os.path.join(path, '__init__.py'), submodule_search_locations=[path])
    else:
        spec = importlib.util.spec_from_file_location('pvm_' + name, path + '.py')
    module = importlib.util.module_from_spec(spec)
    sys.modules['pvm_' + name] = module
    spec.loader.exec_module(module)
    _loaded[name] = module
    return module


FAILURES = []
CHECKS = [0]


def run_snippet(code, module):
    out = io.StringIO()
    env = {'M': module, '__name__': '__snippet__'}
    with redirect_stdout(out):
        try:
            exec(code, env)
        except Exception as e:
            print('!!', type(e).__name__, e)
    return out.getvalue()


def compare_snippets(name, snippets, real=None):
    real = real or importlib.import_module(name)
    mine = load(name)
    for code in snippets:
        CHECKS[0] += 1
        expected = run_snippet(code, real)
        # Names of the pvm copies (pvm_operator...) read as the real ones.
        got = run_snippet(code, mine).replace('pvm_', '')
        if expected != got:
            FAILURES.append((name, code, expected, got))


def agree(name, label, f_real, f_mine):
    """Compare two thunks' results (value or exception type and message)."""
    CHECKS[0] += 1
    results = []
    for f in (f_real, f_mine):
        try:
            results.append(('ok', f()))
        except Exception as e:
            results.append(('raise', type(e).__name__, str(e)))
    if results[0] != results[1]:
        FAILURES.append((name, label, repr(results[0]), repr(results[1])))


def check_heapq():
    real = importlib.import_module('heapq')
    mine = load('heapq')
    rng = _rnd.Random(1)
    for trial in range(300):
        data = [rng.randrange(50) for _ in range(rng.randrange(40))]
        pairs = [(rng.randrange(5), i) for i in range(len(data))]
        for source in (data, pairs):
            a, b = list(source), list(source)
            real.heapify(a)
            mine.heapify(b)
            agree('heapq', 'heapify', lambda: a, lambda: b)
            ops = [(rng.choice('ppxrq'), rng.randrange(60)) for _ in range(30)]

            def play(mod, heap):
                trace = []
                for op, v in ops:
                    try:
                        if op == 'p':
                            mod.heappush(heap, v if source is data else (v % 5, v))
                        elif op == 'x':
                            trace.append(mod.heappop(heap))
                        elif op == 'r':
                            trace.append(mod.heapreplace(heap, v if source is data else (v % 5, v)))
                        else:
                            trace.append(mod.heappushpop(heap, v if source is data else (v % 5, v)))
                    except IndexError as e:
                        trace.append(str(e))
                return trace, heap
            agree('heapq', 'ops', lambda: play(real, list(a)), lambda: play(mine, list(b)))
            n = rng.randrange(-1, 12)
            key = (lambda x: -x if isinstance(x, int) else x[0]) if trial % 2 else None
            agree('heapq', 'nlargest', lambda: real.nlargest(n, iter(source), key=key),
                  lambda: mine.nlargest(n, iter(source), key=key))
            agree('heapq', 'nsmallest', lambda: real.nsmallest(n, source, key=key),
                  lambda: mine.nsmallest(n, source, key=key))
        runs = [sorted(rng.randrange(20) for _ in range(rng.randrange(6))) for _ in range(rng.randrange(5))]
        keyed = [sorted(((rng.randrange(4), i) for i in range(4))) for _ in range(3)]
        agree('heapq', 'merge', lambda: list(real.merge(*runs)), lambda: list(mine.merge(*runs)))
        agree('heapq', 'merge key', lambda: list(real.merge(*keyed, key=lambda t: t[0])),
              lambda: list(mine.merge(*keyed, key=lambda t: t[0])))
        rev = [sorted(r, reverse=True) for r in runs]
        agree('heapq', 'merge rev', lambda: list(real.merge(*rev, reverse=True)),
              lambda: list(mine.merge(*rev, reverse=True)))
    compare_snippets('heapq', [
        "M.heappop([])", "M.heapreplace([], 1)", "M.heappush((), 1)", "print(M.nlargest(2, []))",
        "h = []\nfor x in [5, 1, 4, 1, 5, 9, 2, 6]:\n    M.heappush(h, x)\nprint(h, [M.heappop(h) for _ in range(8)])",
    ])


def check_bisect():
    real = importlib.import_module('bisect')
    mine = load('bisect')
    rng = _rnd.Random(2)
    for _ in range(500):
        a = sorted(rng.randrange(30) for _ in range(rng.randrange(20)))
        x = rng.randrange(-2, 33)
        lo = rng.randrange(0, len(a) + 1)
        hi = rng.choice([None, rng.randrange(lo, len(a) + 1)])
        for f in ('bisect_left', 'bisect_right', 'bisect'):
            agree('bisect', f, lambda: getattr(real, f)(a, x, lo, hi), lambda: getattr(mine, f)(a, x, lo, hi))
            agree('bisect', f + ' key', lambda: getattr(real, f)(a, -x, key=lambda v: -v),
                  lambda: getattr(mine, f)(a, -x, key=lambda v: -v))
        for f in ('insort_left', 'insort_right', 'insort'):
            b, c = list(a), list(a)
            getattr(real, f)(b, x)
            getattr(mine, f)(c, x)
            agree('bisect', f, lambda: b, lambda: c)
    compare_snippets('bisect', ["M.bisect_left([1], 1, -1)", "print(M.bisect([1, 2], 1.5))",
                                "d = [('a', 1), ('c', 3)]\nM.insort(d, ('b', 2), key=lambda t: t[1])\nprint(d)"])


def check_random():
    real = importlib.import_module('random')
    mine = load('random')
    seeds = [0, 1, 12345, -7, 2 ** 32, 2 ** 100 + 17, 3.25, -0.5, 'hello', 'é😀', b'bytes', bytearray(b'ba'), '']
    for seed in seeds:
        r, m = real.Random(seed), mine.Random(seed)
        agree('random', 'state %r' % (seed,), r.getstate, m.getstate)
        draws = [
            ('random', lambda g: [g.random() for _ in range(3000)]),
            ('getrandbits', lambda g: [g.getrandbits(k) for k in range(0, 200)]),
            ('randrange', lambda g: [g.randrange(n) for n in range(1, 1000)]),
            ('randrange3', lambda g: [g.randrange(-50, 10 ** 20, 7) for _ in range(300)]),
            ('randint', lambda g: [g.randint(-3, 3) for _ in range(1000)]),
            ('choice', lambda g: [g.choice('abcdefg') for _ in range(500)]),
            ('choices', lambda g: [g.choices(range(10), k=5) for _ in range(100)]),
            ('choices w', lambda g: [g.choices('abc', weights=[1, 2, 7], k=4) for _ in range(100)]),
            ('choices cw', lambda g: [g.choices('abc', cum_weights=[1, 5, 6]) for _ in range(100)]),
            ('shuffle', lambda g: [_shuffled(g, list(range(n))) for n in range(40)]),
            ('sample', lambda g: [g.sample(range(100), 10) for _ in range(100)]),
            ('sample set', lambda g: [g.sample(range(2000), 30) for _ in range(10)]),
            ('sample counts', lambda g: g.sample(['r', 'b'], counts=[4, 2], k=5)),
            ('uniform', lambda g: [g.uniform(-5, 5) for _ in range(300)]),
            ('gauss', lambda g: [g.gauss(1, 2) for _ in range(301)]),
            ('normalvariate', lambda g: [g.normalvariate(0, 1) for _ in range(300)]),
            ('expovariate', lambda g: [g.expovariate(1.5) for _ in range(300)]),
            ('triangular', lambda g: [g.triangular(0, 10, 3) for _ in range(300)]),
            ('betavariate', lambda g: [g.betavariate(2, 3) for _ in range(200)]),
            ('gammavariate', lambda g: [g.gammavariate(a, 1.0) for a in (0.5, 1.0, 2.5) * 50]),
            ('lognormvariate', lambda g: [g.lognormvariate(0, 0.5) for _ in range(100)]),
            ('vonmisesvariate', lambda g: [g.vonmisesvariate(1, 2) for _ in range(100)]),
            ('paretovariate', lambda g: [g.paretovariate(3) for _ in range(100)]),
            ('weibullvariate', lambda g: [g.weibullvariate(1, 2) for _ in range(100)]),
            ('randbytes', lambda g: g.randbytes(37)),
        ]
        for label, draw in draws:
            agree('random', '%s %r' % (label, seed), lambda: draw(r), lambda: draw(m))
        agree('random', 'state after %r' % (seed,), r.getstate, m.getstate)
        state = r.getstate()
        m.setstate(state)
        agree('random', 'setstate %r' % (seed,), lambda: [r.random() for _ in range(700)],
              lambda: [m.random() for _ in range(700)])
    compare_snippets('random', [
        "M.seed(42)\nprint(M.random(), M.randint(1, 6), M.choice([1, 2, 3]), M.randrange(10, 20, 3))",
        "M.seed(5)\nx = list(range(10))\nM.shuffle(x)\nprint(x, M.sample(x, 3), M.gauss(0, 1), M.gauss(0, 1))",
        "r = M.Random(3)\nprint(r.getrandbits(64), r.random(), r.uniform(1, 2))",
        "M.randrange(0)", "M.randrange(5, 2)", "M.randrange(1, 10, 0)", "M.choice([])",
        "M.sample([1, 2], 3)", "M.getrandbits(-1)", "M.Random([1])", "M.choices([1], [1, 2])",
        "M.randint(1.5, 3)", "M.setstate((3, (1,) * 625, None))",
    ])


def _shuffled(g, x):
    g.shuffle(x)
    return x


def check_functools():
    compare_snippets('functools', [
        "print(M.reduce(lambda a, b: a * b, range(1, 10)), M.reduce(lambda a, b: a + b, [], 7))",
        "M.reduce(lambda a, b: a, [])",
        "p = M.partial(int, base=2)\nprint(p('101'), p.args, p.keywords, p.func is int)\nq = M.partial(p, '11')\nprint(q(), q.args)",
        "print(repr(M.partial(max, 1, key=abs)).replace('<built-in function max>', 'max'))",
        "@M.lru_cache(maxsize=2)\ndef f(x):\n    print('call', x)\n    return x * 2\nfor x in [1, 2, 1, 3, 1, 2]:\n    f(x)\nprint(f.cache_info())\nf.cache_clear()\nprint(f.cache_info(), f.__wrapped__(5), f.__name__)",
        "@M.lru_cache\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(80), fib.cache_info(), fib.cache_parameters())",
        "@M.lru_cache(typed=True)\ndef g(x):\n    return type(x).__name__\nprint(g(1), g(1.0), g(True), g.cache_info())",
        "@M.cache\ndef sq(x):\n    return x * x\nprint(sq(3), sq(3), sq.cache_info())",
        "def deco(f):\n    @M.wraps(f)\n    def w(*a):\n        return f(*a)\n    return w\n@deco\ndef h(a):\n    'doc'\n    return a\nprint(h.__name__, h.__doc__, h.__wrapped__.__name__, h(3))",
        "print(sorted([5, 1, 4, 2], key=M.cmp_to_key(lambda a, b: b - a)))",
        "@M.total_ordering\nclass V:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, o):\n        return self.v == o.v\n    def __lt__(self, o):\n        return self.v < o.v\nprint(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) >= V(2))",
        "@M.total_ordering\nclass W:\n    pass",
        "class C:\n    @M.cached_property\n    def x(self):\n        print('compute')\n        return 5\nc = C()\nprint(c.x, c.x, c.__dict__)",
        "@M.singledispatch\ndef show(x):\n    return 'obj'\n@show.register\ndef _(x: int):\n    return 'int'\n@show.register(list)\ndef _(x):\n    return 'list'\nprint(show(1), show(True), show([]), show('s'), show(1.5))",
        "class A:\n    def f(self, x, y):\n        return x - y\n    g = M.partialmethod(f, 10)\nprint(A().g(3))",
    ])


def check_operator():
    real = importlib.import_module('operator')
    mine = load('operator')
    binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_',
              'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not', 'iadd', 'isub',
              'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor']
    values = [0, 1, -3, 7, 2.5, True, 'ab', [1], (2,), None]
    for name in binary:
        for a in values:
            for b in values:
                agree('operator', name, lambda: getattr(real, name)(a, b), lambda: getattr(mine, name)(a, b))
    for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
        for a in values:
            agree('operator', name, lambda: getattr(real, name)(a), lambda: getattr(mine, name)(a))
    compare_snippets('operator', [
        "print(M.itemgetter(1)('abc'), M.itemgetter(0, 2)('abc'), M.itemgetter('k')({'k': 5}))",
        "print(repr(M.itemgetter(1, 'a')), repr(M.attrgetter('a.b', 'c')), repr(M.methodcaller('f', 1, k=2)))",
        "class A:\n    pass\na = A(); a.b = A(); a.b.c = 7; a.x = 1\nprint(M.attrgetter('b.c')(a), M.attrgetter('x', 'b.c')(a))",
        "print(M.methodcaller('split', ',')('a,b'), M.methodcaller('upper')('x'))",
        "print(M.concat([1], [2]), M.contains('abc', 'b'), M.countOf([1, 2, 1], 1), M.indexOf('abc', 'c'))",
        "M.indexOf([1], 5)", "M.concat(1, 2)", "M.attrgetter(1)", "M.methodcaller(1)",
        "l = [1, 2, 3]\nM.setitem(l, 0, 9)\nM.delitem(l, 1)\nprint(l, M.getitem(l, -1), M.length_hint(iter([1, 2])), M.length_hint(5, 3))",
        "print(M.__add__(1, 2), M.__not__(0), M.call(max, 1, 5))",
        "print(M.matmul.__name__, M.iconcat([1], (2,)))",
    ])


def check_collections():
    real = importlib.import_module('collections')
    mine = load('collections')
    rng = _rnd.Random(4)
    for trial in range(300):
        maxlen = rng.choice([None, None, 0, 1, 3, 6])
        init = [rng.randrange(10) for _ in range(rng.randrange(8))]
        ops = []
        for _ in range(40):
            op = rng.choice(['append', 'appendleft', 'pop', 'popleft', 'extend', 'extendleft',
                             'rotate', 'count', 'index', 'remove', 'insert', 'reverse', 'get',
                             'set', 'del', 'contains', 'clear', 'iadd', 'mul', 'eq', 'lt'])
            ops.append((op, rng.randrange(-4, 10), rng.randrange(-3, 12)))

        def play(M):
            d = M.deque(init, maxlen)
            trace = []
            for op, a, b in ops:
                try:
                    if op in ('append', 'appendleft', 'count', 'remove'):
                        trace.append(getattr(d, op)(a))
                    elif op in ('extend', 'extendleft'):
                        getattr(d, op)(range(a, b))
                    elif op == 'rotate':
                        d.rotate(a)
                    elif op == 'index':
                        trace.append(d.index(a, 0, b))
                    elif op == 'insert':
                        d.insert(b, a)
                    elif op == 'get':
                        trace.append(d[a])
                    elif op == 'set':
                        d[a] = b
                    elif op == 'del':
                        del d[a]
                    elif op == 'contains':
                        trace.append(a in d)
                    elif op == 'iadd':
                        d += [a, b]
                    elif op == 'mul':
                        trace.append(list(d * (a % 3)))
                    elif op == 'eq':
                        trace.append(d == M.deque(list(d)))
                    elif op == 'lt':
                        trace.append(d < M.deque([a]))
                    else:
                        trace.append(getattr(d, op)())
                except (IndexError, ValueError) as e:
                    trace.append(type(e).__name__ + ': ' + str(e))
                trace.append((list(d), len(d), bool(d), repr(d)))
            return trace
        agree('collections', 'deque ops', lambda: play(real), lambda: play(mine))
        text = ''.join(rng.choice('abcde') for _ in range(rng.randrange(30)))
        n = rng.choice([None, 0, 1, 2, 3, 10])
        agree('collections', 'most_common', lambda: real.Counter(text).most_common(n),
              lambda: mine.Counter(text).most_common(n))
        other = ''.join(rng.choice('abcdef') for _ in range(rng.randrange(20)))
        for op in ('__add__', '__sub__', '__or__', '__and__'):
            agree('collections', 'Counter ' + op,
                  lambda: repr(getattr(real.Counter(text), op)(real.Counter(other))),
                  lambda: repr(getattr(mine.Counter(text), op)(mine.Counter(other))).replace('pvm_', ''))
    compare_snippets('collections', [
        "d = M.deque([1, 2], maxlen=3)\nprint(d, repr(M.deque()), d.maxlen, M.deque('abc'))",
        "d = M.deque()\nd.pop()", "d = M.deque()\nd.popleft()", "M.deque([1]).remove(5)",
        "M.deque([1]).index(5)", "M.deque([1], maxlen=1).insert(0, 2)", "M.deque(maxlen=-1)",
        "M.deque([1])[5]", "M.deque([1]) + [2]",
        "d = M.deque([1, 2, 3])\nd.append(d)\nprint(d)",
        "d = M.deque(range(5))\nfor x in d:\n    d.append(x)",
        "d = M.deque(range(10), maxlen=4)\nd.extendleft('ab')\nprint(d, list(reversed(d)), d.copy(), 3 in d)",
        "dd = M.defaultdict(list)\ndd['a'].append(1)\ndd['b']\nprint(dd, dd['a'], len(dd), dict(dd))",
        "dd = M.defaultdict(int, {'x': 1})\ndd['y'] += 2\nprint(dd, dd.default_factory, dd.copy())",
        "dd = M.defaultdict()\ndd['k']", "M.defaultdict(5)", "print(M.defaultdict(lambda: 0, a=1)['b'] if False else repr(M.defaultdict(None, a=1)))",
        "o = M.OrderedDict(a=1, b=2, c=3)\no.move_to_end('a')\nprint(o, o.popitem(), o.popitem(last=False), o)",
        "o = M.OrderedDict.fromkeys('abc')\no.move_to_end('c', last=False)\nprint(o, list(o), repr(M.OrderedDict()))",
        "print(M.OrderedDict(a=1, b=2) == M.OrderedDict(b=2, a=1), M.OrderedDict(a=1, b=2) == dict(b=2, a=1))",
        "M.OrderedDict().popitem()", "M.OrderedDict(a=1).move_to_end('z')",
        "c = M.Counter('abracadabra')\nprint(c, c.most_common(2), sorted(c.elements()), c['z'], c.total())",
        "c = M.Counter(a=3, b=1)\nc.update({'a': 1, 'c': 2})\nc.subtract(['a', 'b', 'b'])\nprint(c, +c, -c)",
        "c = M.Counter(a=3, b=1)\nd = M.Counter(a=1, b=2)\nprint(c + d, c - d, c | d, c & d, c == d, M.Counter() == M.Counter(x=0))",
        "c = M.Counter(a=2)\nc += M.Counter(a=-5, b=1)\nprint(c, repr(M.Counter()))\ndel c['zz']\nprint(c)",
        "M.Counter.fromkeys('ab')",
        "P = M.namedtuple('P', 'x y')\np = P(1, y=2)\nprint(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), P._make([3, 4]), isinstance(p, tuple))",
        "P = M.namedtuple('P', ['a', 'b', 'c'], defaults=[0, 1])\nprint(P(9), P._field_defaults, P(1, 2, 3) == (1, 2, 3), P.__doc__)",
        "P = M.namedtuple('P', 'x def x _y', rename=True)\nprint(P._fields)",
        "M.namedtuple('P', 'x x')", "M.namedtuple('P', 'x _y')", "M.namedtuple('P', 'x class')", "M.namedtuple('1P', 'x')",
        "P = M.namedtuple('P', 'x y')\nP(1)", "P = M.namedtuple('P', 'x y')\nP(1, 2, 3)",
        "P = M.namedtuple('P', 'x y z')\nP()", "P = M.namedtuple('P', 'x y')\nP(1, 2, z=3)",
        "P = M.namedtuple('P', 'x y')\nP._make([1])", "P = M.namedtuple('P', 'x y')\nP(1, 2)._replace(z=1)",
        "P = M.namedtuple('P', 'x y')\nx, y = P(3, 4)\nprint(x + y, P(1, 2) < P(1, 3), hash(P(1, 2)) == hash((1, 2)), P.x.__doc__)",
        "cm = M.ChainMap({'a': 1}, {'a': 2, 'b': 3})\nprint(cm['a'], cm['b'], len(cm), sorted(cm), cm, cm.new_child({'c': 4}), cm.parents)",
        "cm = M.ChainMap({'a': 1}, {'b': 2})\ncm['b'] = 5\nprint(cm.maps, dict(cm), 'b' in cm, cm.get('z', 0))\ndel cm['z']",
        "u = M.UserDict(a=1)\nu['b'] = 2\nprint(u, len(u), 'a' in u, u.get('z'))",
        "u = M.UserList([3, 1, 2])\nu.sort()\nu.append(4)\nprint(u, u[1:], len(u), u + [5])",
    ])


def check_abc():
    compare_snippets('abc', [
        "class A(M.ABC):\n    @M.abstractmethod\n    def f(self):\n        pass\nclass B(A):\n    def f(self):\n        return 1\nprint(B().f(), A.__abstractmethods__, B.__abstractmethods__)\nA()",
        "class A(M.ABC):\n    @M.abstractmethod\n    def g(self): pass\n    @M.abstractmethod\n    def f(self): pass\nclass C(A):\n    def g(self): pass\nC()",
        "class A(metaclass=M.ABCMeta):\n    pass\nA.register(int)\nprint(isinstance(1, A), issubclass(bool, A), isinstance('s', A), issubclass(A, A))",
        "class S(M.ABC):\n    @classmethod\n    def __subclasshook__(cls, C):\n        return hasattr(C, 'quack') or NotImplemented\nclass D:\n    def quack(self): pass\nprint(isinstance(D(), S), isinstance(1, S), issubclass(D, S))",
        "class A(M.ABC):\n    @property\n    @M.abstractmethod\n    def p(self): pass\nclass B(A):\n    p = 3\nprint(B().p)\nA()",
        "class A(M.ABC):\n    pass\nA.register(5)",
    ])
    compare_snippets('collections.abc', [
        "for t in (list, tuple, dict, set, frozenset, str, bytes, range, int, type(iter([])), type(x for x in ())):\n    print(t.__name__, [n for n in ('Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Hashable', 'Collection', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Callable', 'Reversible') if issubclass(t, getattr(M, n))])",
        "class It:\n    def __iter__(self): return self\n    def __next__(self): raise StopIteration\nprint(isinstance(It(), M.Iterator), isinstance(It(), M.Iterable), isinstance(It(), M.Sized), callable(It), isinstance(len, M.Callable))",
        "class S(M.Sequence):\n    def __init__(self, n): self.n = n\n    def __len__(self): return self.n\n    def __getitem__(self, i):\n        if i >= self.n: raise IndexError\n        return i * i\ns = S(5)\nprint(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)))",
        "class Mp(M.Mapping):\n    def __getitem__(self, k):\n        if k == 'a': return 1\n        raise KeyError(k)\n    def __iter__(self): return iter(['a'])\n    def __len__(self): return 1\nm = Mp()\nprint(dict(m), m.get('b', 2), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1})",
        "class MM(M.MutableMapping):\n    def __init__(self): self.d = {}\n    def __getitem__(self, k): return self.d[k]\n    def __setitem__(self, k, v): self.d[k] = v\n    def __delitem__(self, k): del self.d[k]\n    def __iter__(self): return iter(self.d)\n    def __len__(self): return len(self.d)\nm = MM()\nm.update(a=1, b=2)\nm.setdefault('c', 3)\nprint(m.pop('a'), m.popitem(), dict(m))\nm.pop('zz')",
        "class St(M.Set):\n    def __init__(self, it): self.s = list(dict.fromkeys(it))\n    def __iter__(self): return iter(self.s)\n    def __len__(self): return len(self.s)\n    def __contains__(self, x): return x in self.s\na, b = St([1, 2, 3]), St([2, 3, 4])\nprint(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, St([2]) < a, a == St([3, 2, 1]), a.isdisjoint([9]))",
        "M.Sequence()",
    ])


def check_copy():
    compare_snippets('copy', [
        "a = [1, [2, 3], {'k': [4]}]\nb = M.copy(a)\nc = M.deepcopy(a)\na[1].append(9)\na[2]['k'].append(8)\nprint(a, b, c, b[1] is a[1], c[1] is a[1])",
        "class P:\n    def __init__(self, x):\n        self.x = x\np = P([1])\nq = M.copy(p)\nr = M.deepcopy(p)\np.x.append(2)\nprint(q.x, r.x, type(r).__name__, q is p)",
        "class C:\n    def __copy__(self):\n        return 'copied'\n    def __deepcopy__(self, memo):\n        return 'deep'\nprint(M.copy(C()), M.deepcopy(C()), M.deepcopy([C()]))",
        "a = [1]\na.append(a)\nb = M.deepcopy(a)\nprint(b[1] is b, b is not a)",
        "t = (1, [2])\nprint(M.copy(t) is t, M.deepcopy(t) is t, M.deepcopy((1, 2)) is not None, M.deepcopy(t))",
        "x = {'a': (1, 2), 'b': {3, 4}, 'c': frozenset([5])}\nprint(M.deepcopy(x) == x, M.copy(len) is len, M.deepcopy(int) is int)",
        "class S:\n    __slots__ = ('a', 'b')\ns = S()\ns.a = [1]\nt = M.deepcopy(s)\nprint(t.a, t.a is s.a, hasattr(t, 'b'))",
        "class L(list):\n    pass\nl = L([1, [2]])\nl.tag = 't'\nm = M.deepcopy(l)\nprint(type(m).__name__, m, m.tag, m[1] is l[1])",
        "class G:\n    def __init__(self):\n        self.v = 1\n    def __getstate__(self):\n        return {'v': self.v + 10}\n    def __setstate__(self, s):\n        self.v = s['v'] * 2\nprint(M.copy(G()).v, M.deepcopy(G()).v)",
    ])


def check_contextlib():
    compare_snippets('contextlib', [
        "@M.contextmanager\ndef cm(x):\n    print('enter', x)\n    try:\n        yield x * 2\n    finally:\n        print('exit', x)\nwith cm(3) as v:\n    print('body', v)",
        "@M.contextmanager\ndef cm():\n    try:\n        yield\n    except ValueError as e:\n        print('caught', e)\nwith cm():\n    raise ValueError('boom')\nprint('after')",
        "@M.contextmanager\ndef cm():\n    yield\nwith cm():\n    raise KeyError('k')",
        "@M.contextmanager\ndef cm():\n    yield\n    yield\nwith cm():\n    pass",
        "@M.contextmanager\ndef cm():\n    if False:\n        yield\nwith cm():\n    pass",
        "@M.contextmanager\ndef cm():\n    try:\n        yield\n    except Exception:\n        raise RuntimeError('wrapped')\nwith cm():\n    1 / 0",
        "@M.contextmanager\ndef cm():\n    yield\ntry:\n    with cm():\n        raise StopIteration('s')\nexcept StopIteration as e:\n    print('StopIteration', e)",
        "@M.contextmanager\ndef cm():\n    print('in')\n    yield\n    print('out')\n@cm()\ndef f(x):\n    print('f', x)\nf(1)\nf(2)",
        "with M.suppress(KeyError, IndexError):\n    [][1]\nprint('ok')\nwith M.suppress(KeyError):\n    1 / 0",
        "with M.nullcontext(5) as x:\n    print(x)\nwith M.nullcontext():\n    print('n')",
        "class R:\n    def close(self):\n        print('closed')\nwith M.closing(R()) as r:\n    print(type(r).__name__)",
        "class C:\n    def __init__(self, n):\n        self.n = n\n    def __enter__(self):\n        print('enter', self.n)\n        return self.n\n    def __exit__(self, *a):\n        print('exit', self.n, a[0].__name__ if a[0] else None)\nwith M.ExitStack() as st:\n    vals = [st.enter_context(C(i)) for i in range(3)]\n    st.callback(print, 'cb', vals)\n    print('body')",
        "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, t, v, tb):\n        print('exit', t.__name__)\n        return True\nwith M.ExitStack() as st:\n    st.enter_context(C())\n    st.push(lambda *a: print('push', a[0].__name__))\n    raise ValueError('x')\nprint('done')",
        "with M.ExitStack() as st:\n    st.callback(print, 'one')\n    s2 = st.pop_all()\nprint('between')\ns2.close()",
        "import io\nbuf = io.StringIO()\nwith M.redirect_stdout(buf):\n    print('hidden')\nprint('got', repr(buf.getvalue()))",
        "class A(M.AbstractContextManager):\n    def __exit__(self, *a):\n        return None\nwith A() as a:\n    print(type(a).__name__)\nprint(isinstance(M.nullcontext(), M.AbstractContextManager))",
    ])


def check_string():
    compare_snippets('string', [
        "print(M.ascii_letters, M.digits, M.hexdigits, M.octdigits, repr(M.whitespace), M.punctuation, repr(M.printable))",
        "print(M.capwords(' hello   wORLD  x'), M.capwords('a-b-c', '-'))",
        "t = M.Template('$who likes ${what}; $$5 $who')\nprint(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())",
        "M.Template('$who $x').substitute(who=1)", "M.Template('hi $').substitute()", "M.Template('a\\nb $1').substitute()",
        "print(M.Template('${a}b $a_c').safe_substitute({'a': 1}, a_c=2), M.Template('$ $$').safe_substitute())",
        "f = M.Formatter()\nprint(f.format('{0}-{x}-{1!r:>4}-{y[0]}-{z.real}', 1, 'b', x='X', y=[7], z=3j))",
        "print(list(M.Formatter().parse('a{0!r:x}b{{c}}{d[1].e}{}')), M.Formatter().format('{:{w}}|', 5, w=4))",
        "M.Formatter().format('{} {1}', 1, 2)", "M.Formatter().format('{', 1)", "M.Formatter().format('}', 1)",
    ])


def check_keyword():
    real = importlib.import_module('keyword')
    mine = load('keyword')
    agree('keyword', 'kwlist', lambda: real.kwlist, lambda: mine.kwlist)
    agree('keyword', 'softkwlist', lambda: real.softkwlist, lambda: mine.softkwlist)
    for word in real.kwlist + real.softkwlist + ['print', 'x', '', 'TRUE', 'type']:
        agree('keyword', word, lambda: (real.iskeyword(word), real.issoftkeyword(word)),
              lambda: (mine.iskeyword(word), mine.issoftkeyword(word)))


def check_future():
    real = importlib.import_module('__future__')
    mine = load('__future__')
    agree('__future__', 'names', lambda: real.all_feature_names, lambda: mine.all_feature_names)
    for name in real.all_feature_names:
        agree('__future__', name, lambda: repr(getattr(real, name)), lambda: repr(getattr(mine, name)))


ENUM_PRELUDE = ("class Color(M.Enum):\n    RED = 1\n    GREEN = 2\n    BLUE = 3\n    CRIMSON = 1\n"
                "class P(M.Flag):\n    R = 4\n    W = 2\n    X = 1\n"
                "class IP(M.IntFlag):\n    R = 4\n    W = 2\n    X = 1\n"
                "class N(M.IntEnum):\n    A = 1\n    B = M.auto()\n")


def check_enum():
    snippets = [
        "print(Color.RED, repr(Color.GREEN), Color.CRIMSON, list(Color), len(Color), Color.RED in Color)",
        "print(Color(1), Color['BLUE'], Color.RED.name, Color.RED.value, Color(2) is Color.GREEN)",
        "print(Color.__members__, repr(Color), list(reversed(Color)), [m.name for m in Color])",
        "print(f'{Color.RED}', format(Color.RED, '>12'), str(Color.BLUE), '%s' % Color.BLUE, hash(Color.RED) == hash('RED'))",
        "print(Color.RED == 1, Color.RED != Color.GREEN, {Color.RED: 'r'}, Color.RED is Color.CRIMSON)",
        "Color(7)", "Color['X']", "Color.RED = 5", "del Color.RED", "Color.RED < Color.GREEN",
        "M.unique(Color)", "class C2(Color):\n    X = 1",
        "class B(M.Enum):\n    A = 1\n    A = 2",
        "print(type(Color.RED), isinstance(Color.RED, Color), type(Color).__name__, Color.RED.__class__.__name__)",
        "print(repr(P.R | P.W), str(P.R | P.W), repr(~P.R), P(0), repr(P(0)), list(P.R | P.X), P.R in (P.R | P.W), repr(P(7)), bool(P(0)))",
        "print(repr(P), repr(IP), repr(N), len(P.R | P.W), P.R & P.W, P.R ^ P.R)",
        "P(8)",
        "print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), repr(~IP.R), format(IP.R, ''), IP.R + 1, IP(3))",
        "print(repr(N.B), str(N.B), f'{N.A}', N.A + 1, N(2), N.A == 1, sorted([N.B, N.A]), hash(N.A) == hash(1), N.A < N.B)",
        "class S(M.StrEnum):\n    X = M.auto()\n    Y = 'why'\nprint(repr(S.X), str(S.X), S.Y.upper(), f'{S.X}', S('why'), S.X == 'x')",
        "A = M.Enum('A', 'x y z')\nprint(list(A), A.x.value, repr(A))\nB = M.Enum('B', [('p', 5), ('q', 6)])\nprint(list(B), B(6))\nC = M.IntEnum('C', {'u': 3})\nprint(C.u + 1)",
        "class Planet(M.Enum):\n    EARTH = (5.97e24, 6.37e6)\n    MARS = (6.42e23, 3.39e6)\n    def __init__(self, mass, radius):\n        self.mass = mass\n        self.radius = radius\n    @property\n    def density(self):\n        return self.mass / self.radius ** 3\nprint(Planet.EARTH.mass, Planet.EARTH.value, Planet((6.42e23, 3.39e6)), round(Planet.MARS.density, 3))",
        "class Au(M.Enum):\n    A = M.auto()\n    B = M.auto()\n    C = 10\n    D = M.auto()\nprint(list(Au), [m.value for m in Au])",
        "class FA(M.Flag):\n    A = M.auto()\n    B = M.auto()\n    C = M.auto()\nprint(list(FA), FA.A | FA.C, FA(5).name, (FA.A | FA.B).value, ~FA.A, FA(0).name)",
        "class Mm(M.Enum):\n    A = 1\n    def describe(self):\n        return f'{self.name}!'\n    @classmethod\n    def first(cls):\n        return cls.A\nprint(Mm.A.describe(), Mm.first(), Mm.A.describe.__name__)",
        "class Ms(M.Enum):\n    A = 1\n    @classmethod\n    def _missing_(cls, value):\n        return cls.A\nprint(Ms(99), Ms('x'))",
        "class G(M.Enum):\n    def _generate_next_value_(name, start, count, last_values):\n        return name.lower() + str(count)\n    X = M.auto()\n    Y = M.auto()\nprint(list(G), G('y1'))",
        "class Sh(M.IntEnum):\n    CIRCLE = 1\n    SQUARE = 2\nprint(Sh.CIRCLE * 3, [1, 2, 3][Sh.CIRCLE], Sh(2), max(Sh), int(Sh.SQUARE), Sh.SQUARE.real)",
        "class E(M.Enum):\n    pass\nprint(list(E), len(E), repr(E))\nclass E2(E):\n    A = 1\nprint(E2.A, isinstance(E2.A, E))",
        "class Mix(str, M.Enum):\n    A = 'a'\nprint(repr(Mix.A), str(Mix.A), f'{Mix.A}', Mix.A == 'a', Mix('a'))",
        "print(Color.RED.value, Color['RED'] is Color(1), sorted(Color, key=lambda c: c.name), 'RED' in Color.__members__)",
        "print(1 in Color)",
    ]
    compare_snippets('enum', [ENUM_PRELUDE + s for s in snippets])


def check_dataclasses():
    pre = "from typing import ClassVar, List\n"
    compare_snippets('dataclasses', [pre + s for s in [
        "@M.dataclass\nclass P:\n    x: int\n    y: int = 0\np = P(1)\nprint(p, P(1, 2) == P(1, 2), P(1) == P(2), p.x, p.y, P.y, M.fields(P)[0].name, M.asdict(p), M.astuple(p))",
        "@M.dataclass\nclass P:\n    x: int\n    y: int = 0\nP()",
        "@M.dataclass\nclass P:\n    x: int\n    y: int = 0\nP(1, 2, 3)",
        "@M.dataclass\nclass P:\n    x: int\nP(1, 2)",
        "@M.dataclass\nclass P:\n    x: int\n    y: int\n    z: int\nP(z=1)",
        "@M.dataclass\nclass P:\n    x: int\nP(1, x=2)",
        "@M.dataclass\nclass P:\n    x: int\nP(1, q=2)",
        "@M.dataclass\nclass P:\n    x: int = 0\n    y: int",
        "@M.dataclass\nclass P:\n    x: list = []",
        "@M.dataclass\nclass P:\n    x: list = M.field(default_factory=list)\n    n: int = M.field(default=3, repr=False)\na, b = P(), P()\na.x.append(1)\nprint(a, b, a.n, 'x' in P.__dict__)",
        "@M.dataclass(order=True)\nclass V:\n    a: int\n    b: str = 'z'\nprint(sorted([V(2), V(1, 'b'), V(1, 'a')]), V(1) < V(2), V(1) <= V(1))\nV(1) < 3",
        "@M.dataclass(frozen=True)\nclass F:\n    a: int\n    b: tuple = ()\nf = F(1)\nprint(f, hash(f) == hash(F(1)), {f: 1}[F(1)])\nf.a = 2",
        "@M.dataclass(frozen=True)\nclass F:\n    a: int\ndel F(1).a",
        "@M.dataclass\nclass U:\n    a: int\nprint(U.__hash__)\nhash(U(1))",
        "@M.dataclass(unsafe_hash=True)\nclass U:\n    a: int\n    b: int = M.field(hash=False)\nprint(hash(U(1, 2)) == hash(U(1, 3)))",
        "@M.dataclass\nclass B:\n    a: int\n    def __post_init__(self):\n        self.c = self.a * 2\n@M.dataclass\nclass C(B):\n    b: int = 5\nc = C(1)\nprint(c, c.c, [f.name for f in M.fields(C)], M.is_dataclass(c), M.is_dataclass(C), M.is_dataclass(1))",
        "@M.dataclass\nclass I:\n    a: int\n    scale: M.InitVar[int] = 2\n    def __post_init__(self, scale):\n        self.a *= scale\nprint(I(3), I(3, 10), len(M.fields(I)))",
        "@M.dataclass\nclass K:\n    a: int\n    count: ClassVar[int] = 0\n    b: int = M.field(default=1, init=False)\nprint(K(5), K.count, [f.name for f in M.fields(K)])\nK(1, 2)",
        "@M.dataclass\nclass R:\n    a: int\n    b: List[int] = M.field(default_factory=list)\nr = R(1, [2])\nprint(M.replace(r, a=9), r, M.replace(r, b=[]))\nM.replace(r, c=1)",
        "@M.dataclass\nclass In:\n    v: int\n@M.dataclass\nclass Out:\n    inner: In\n    items: list\n    m: dict\no = Out(In(1), [In(2), 3], {'k': In(4)})\nprint(M.asdict(o), M.astuple(o))",
        "@M.dataclass(kw_only=True)\nclass W:\n    a: int\n    b: int = 2\nprint(W(a=1))\nW(1)",
        "@M.dataclass\nclass W:\n    a: int\n    _: M.KW_ONLY\n    b: int\n    c: int = 3\nprint(W(1, b=2), W.__match_args__)\nW(1)",
        "@M.dataclass(repr=False, eq=False)\nclass N:\n    a: int\nn = N(1)\nprint(n == N(1), n == n, type(repr(n)).__name__)",
        "@M.dataclass\nclass S:\n    a: int\n    def __repr__(self):\n        return 'custom'\nprint(S(1), S.__match_args__)",
        "@M.dataclass(slots=True)\nclass Sl:\n    a: int\n    b: int = 0\ns = Sl(1)\nprint(s, Sl.__slots__, hasattr(s, '__dict__'))",
        "P = M.make_dataclass('P', [('x', int), ('y', int, M.field(default=5))])\nprint(P(1), P(1, 2).y)",
        "M.fields(1)", "M.asdict(1)", "M.field(default=1, default_factory=list)",
        "@M.dataclass\nclass Rec:\n    a: object = None\nr = Rec()\nr.a = r\nprint(r)",
        "@M.dataclass\nclass T:\n    x: int\n    y: int\nmatch T(1, 2):\n    case T(1, y):\n        print('matched', y)",
        "@M.dataclass(eq=False, order=True)\nclass Bad:\n    a: int",
        "@M.dataclass(frozen=True)\nclass Fr:\n    a: int\n@M.dataclass\nclass Nf(Fr):\n    b: int",
    ]])


def check_typing():
    compare_snippets('typing', [
        "print(M.List[int], M.Dict[str, M.List[int]], M.Optional[int], M.Union[int, str], M.Union[int], M.Union[int, M.Union[str, int]])",
        "print(M.Tuple[int, ...], M.Tuple[()], M.Callable[[int, str], bool], M.Callable[..., int], M.Literal['a', 1], M.Any, M.ClassVar[int])",
        "print(M.Optional[M.List[str]], M.Set[float], M.FrozenSet[int], M.Iterable[int], M.Iterator, M.Type[int], M.Annotated[int, 'meta'])",
        "print(M.Union[int, None], M.Union[None, str], M.Union[int, str] == M.Union[str, int], M.List[int] == M.List[int], M.List)",
        "T = M.TypeVar('T')\nK = M.TypeVar('K', covariant=True)\nprint(T, K, M.List[T], M.List[T][int], M.Dict[str, T][float])",
        "T = M.TypeVar('T')\nclass Box(M.Generic[T]):\n    def __init__(self, v: T):\n        self.v = v\n    def get(self) -> T:\n        return self.v\nb = Box(3)\nprint(b.get(), Box[int](4).v, Box.__parameters__, Box[int])",
        "class P(M.NamedTuple):\n    x: int\n    y: int = 0\n    def total(self):\n        return self.x + self.y\np = P(1)\nprint(p, p.total(), P._fields, P(2, 3)._asdict(), isinstance(p, tuple), P.__annotations__)",
        "Q = M.NamedTuple('Q', [('a', int), ('b', str)])\nprint(Q(1, 'x'), Q._fields)",
        "class P(M.NamedTuple):\n    x: int = 0\n    y: int",
        "class Movie(M.TypedDict):\n    name: str\n    year: int\nm = Movie(name='Blade Runner', year=1982)\nprint(m, type(m).__name__, Movie.__required_keys__ == {'name', 'year'}, Movie.__total__)",
        "class Opt(M.TypedDict, total=False):\n    a: int\nprint(Opt(), Opt.__optional_keys__)",
        "@M.runtime_checkable\nclass Closer(M.Protocol):\n    def close(self) -> None: ...\nclass F:\n    def close(self):\n        pass\nprint(isinstance(F(), Closer), isinstance(1, Closer))",
        "class NotRt(M.Protocol):\n    def f(self): ...\nisinstance(1, NotRt)",
        "print(M.cast(int, 'x'), M.TYPE_CHECKING, M.get_origin(M.List[int]), M.get_args(M.Dict[str, int]), M.get_origin(M.Union[int, str]), M.get_args(M.Callable[[int], str]))",
        "@M.overload\ndef f(x: int) -> int: ...\n@M.overload\ndef f(x: str) -> str: ...\ndef f(x):\n    return x\nprint(f(3))",
        "def g(a: int, b: 'str' = '') -> None: pass\nprint(g.__annotations__)",
        "isinstance(1, M.List[int])", "print(isinstance([], M.List), isinstance({}, M.Mapping), issubclass(list, M.Sequence))",
        "M.Any()", "M.Union[()]", "M.List[int, str]", "M.Optional[int, str]",
        "UserId = M.NewType('UserId', int)\nprint(UserId(5), UserId.__name__, UserId.__supertype__)",
        "print(M.Deque[int](), M.DefaultDict[str, int](int))",
        "M.List[int]()",
        "print(M.get_type_hints(type('C', (), {'__annotations__': {'a': int, 'b': None}})))",
    ])

def check_io():
    compare_snippets('io', [
        "s = M.StringIO()\nprint(s.write('hello\\nworld\\n'), s.tell(), repr(s.getvalue()))\ns.seek(0)\nprint(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())",
        "s = M.StringIO('a\\nb\\nc')\nprint(list(s), s.readlines())\ns.seek(0)\nprint(s.readlines(), s.seek(0, 2), s.seek(1))\nprint(repr(s.read(2)), repr(s.readline(1)))",
        "s = M.StringIO('abcdef')\ns.seek(2)\ns.write('XY')\nprint(s.getvalue(), s.tell())\ns.seek(10)\ns.write('Z')\nprint(repr(s.getvalue()))\nprint(s.truncate(3), repr(s.getvalue()), s.tell())",
        "s = M.StringIO()\ns.write(5)", "s = M.StringIO()\ns.close()\nprint(s.closed)\ns.write('x')",
        "s = M.StringIO()\ns.seek(-1)", "s = M.StringIO()\ns.seek(1, 1)",
        "with M.StringIO('x') as s:\n    print(s.read())\nprint(s.closed)",
        "s = M.StringIO()\nprint('a', 'b', file=s, sep='-')\ns.writelines(['1', '2'])\nprint(repr(s.getvalue()), s.readable(), s.writable(), s.seekable())",
        "s = M.StringIO('x\\r\\ny', newline=None)\nprint(repr(s.getvalue()))",
        "b = M.BytesIO(b'abc')\nprint(b.read(1), b.read(), b.getvalue(), b.tell())\nb.write(b'de')\nprint(b.getvalue())\nb.seek(0)\nprint(b.readline(), b.seek(-1, 2), b.read())",
        "b = M.BytesIO()\nb.write('s')",
        "for i in range(3):\n    s = M.StringIO()\n    for j in range(50):\n        s.write(str(j))\n    print(len(s.getvalue()), s.tell())",
    ])


def check_array():
    compare_snippets('array', [
        "a = M.array('i', [1, 2, 3])\na.append(4)\na.extend([5, 6])\na.insert(0, 0)\nprint(a, a[1], a[-1], a[1:3], len(a), a.tolist(), a.typecode, a.itemsize, a.pop(), a.pop(0), a)",
        "a = M.array('d', [1.5, 2])\nprint(a, a * 2, a + M.array('d', [3]), 2.0 in a, a.index(2.0), a.count(1.5), repr(M.array('d')))",
        "print(M.array('f', [0.1, 1e40, -1e-50, 3.14159, 1e-40]), M.array('u', 'hi'), M.array('u', 'hi').tounicode())",
        "print(M.array('b', [1]) == M.array('h', [1]), M.array('i', [3, 1]) < M.array('i', [3, 2]), M.array('i', range(5))[::2])",
        "a = M.array('i', [5, 1, 4])\na.reverse()\na.remove(1)\na[0] = 9\ndel a[1]\nprint(a, list(a), a.typecode)",
        "M.array('z')", "M.array('i', [1.5])", "M.array('i', 'ab')", "M.array('d', ['x'])",
        "M.array('i', [1]).index(5)", "M.array('i', [1]).remove(5)", "M.array('i', [1]) + M.array('d', [1])",
        "M.array('i').pop()", "M.array('i', [1])[5]", "M.array('u', [1])",
        "M.array('b', [128])", "M.array('b', [2 ** 20])", "M.array('B', [-1])", "M.array('B', [256])",
        "M.array('h', [40000])", "M.array('H', [-1])", "M.array('H', [70000])", "M.array('i', [2 ** 31])",
        "M.array('I', [-1])", "M.array('I', [2 ** 33])", "M.array('l', [2 ** 64])", "M.array('L', [-5])",
        "M.array('q', [2 ** 63])", "M.array('Q', [-1])", "M.array('Q', [2 ** 64])",
        "print(M.array('q', [2 ** 63 - 1, -2 ** 63]), M.array('Q', [2 ** 64 - 1]), M.typecodes)",
        "a = M.array('i', [1, 2])\na[0:1] = M.array('i', [7, 8])\nprint(a)\na += M.array('i', [3])\na *= 2\nprint(a)",
    ])

def check_statistics():
    real = importlib.import_module('statistics')
    mine = load('statistics')
    rng = _rnd.Random(8)
    funcs = ['mean', 'fmean', 'median', 'median_low', 'median_high', 'mode', 'multimode',
             'variance', 'pvariance', 'stdev', 'pstdev']
    for _ in range(400):
        kind = rng.choice(['int', 'float', 'mixed', 'big', 'tiny', 'bool', 'dup'])
        n = rng.randrange(0, 12)
        if kind == 'int':
            data = [rng.randrange(1, 20) for _ in range(n)]
        elif kind == 'float':
            data = [round(rng.uniform(0.1, 100), 3) for _ in range(n)]
        elif kind == 'mixed':
            data = [rng.choice([rng.randrange(1, 9), rng.random() + 0.1]) for _ in range(n)]
        elif kind == 'big':
            data = [rng.choice([rng.randrange(-10 ** 30, 10 ** 30), rng.uniform(-1e300, 1e300)]) for _ in range(n)]
        elif kind == 'tiny':
            data = [rng.uniform(-1, 1) * 10.0 ** rng.randrange(-320, -290) for _ in range(n)]
        elif kind == 'bool':
            data = [rng.random() < 0.5 for _ in range(n)]
        else:
            data = [rng.choice([1, 1.0, 2, 2.5, 3]) for _ in range(n)]
        for name in funcs:
            agree('statistics', '%s %r' % (name, data), lambda: repr(getattr(real, name)(data)),
                  lambda: repr(getattr(mine, name)(data)))
            agree('statistics', '%s iter %r' % (name, data), lambda: repr(getattr(real, name)(iter(data))),
                  lambda: repr(getattr(mine, name)(iter(data))))
        center = rng.choice([1, 2.5, 0])
        for name in ('variance', 'stdev', 'pvariance', 'pstdev'):
            agree('statistics', '%s %r center %r' % (name, data, center),
                  lambda: repr(getattr(real, name)(data, center)), lambda: repr(getattr(mine, name)(data, center)))
        weights = [rng.choice([0, 1, 2, 0.5, -1]) for _ in range(rng.choice([n, n, n + 1]))]
        agree('statistics', 'fmean %r %r' % (data, weights), lambda: repr(real.fmean(data, weights)),
              lambda: repr(mine.fmean(data, weights)))
        agree('statistics', 'fmean iter %r %r' % (data, weights), lambda: repr(real.fmean(iter(data), iter(weights))),
              lambda: repr(mine.fmean(iter(data), iter(weights))))
    inf, nan = float('inf'), float('nan')
    for data in ([1, inf], [inf, -inf], [nan, 1], [-inf, 2.5], [inf], ['a'], [1, 'a'], ['b', 'a', 'c'], ['b', 'a'],
                 [[1], [2]], [(1, 2), (1, 2), (3,)], 'aabbbc', [], [5], [1, 3], [True, False, True]):
        for name in funcs:
            agree('statistics', '%s %r' % (name, data), lambda: repr(getattr(real, name)(data)),
                  lambda: repr(getattr(mine, name)(data)))
    compare_snippets('statistics', [
        "print(M.mean([1, 2, 3, 4]), M.mean([1, 2]), M.median([3, 1, 2]), M.median([4, 1, 2, 3]), M.stdev([2, 4, 4, 4, 5, 5, 7, 9]), M.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))",
        "M.mean([])", "M.stdev([1])", "M.mode([])", "M.variance(['a', 'b'])", "M.pvariance([])", "M.fmean([])",
        "print(M.mode('aabbbc'), M.multimode('aabbcc'), M.variance([1, 2, 3, 4], 2), M.pvariance([1.5, 2.5], mu=2))",
        "print(issubclass(M.StatisticsError, ValueError), M.StatisticsError.__name__, M.fmean([1, 2, 3], [1, 1, 1]))",
        "M.fmean([1, 2], [1])", "M.fmean([1, 2], [1, -1])",
    ])

def check_textwrap():
    real = importlib.import_module('textwrap')
    mine = load('textwrap')
    rng = _rnd.Random(9)
    pieces = ['word', 'hyphen-ated', 'a-b-c', 'well--known', 'x', '--', '-b', 'long' * 8, 'end.', 'Hi!',
              'e-mail', 'twenty-first-century', '"quote."', 'tab\there', '12-34', 'a.', 'co-op-', '\n', '  ']
    for _ in range(400):
        text = ' '.join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
        width = rng.randrange(1, 40)
        kwargs = rng.choice([{}, {'break_long_words': False}, {'break_on_hyphens': False},
                             {'initial_indent': '* ', 'subsequent_indent': '  '},
                             {'fix_sentence_endings': True}, {'max_lines': 2},
                             {'drop_whitespace': False}, {'expand_tabs': False, 'replace_whitespace': False}])
        agree('textwrap', 'wrap %r %d %r' % (text, width, kwargs),
              lambda: real.wrap(text, width, **kwargs), lambda: mine.wrap(text, width, **kwargs))
        agree('textwrap', 'split %r' % text, lambda: real.TextWrapper()._split(text),
              lambda: mine.TextWrapper()._split(text))
        agree('textwrap', 'shorten', lambda: real.shorten(text, max(width, 12)),
              lambda: mine.shorten(text, max(width, 12)))
        lines = [rng.choice(['', '  ', '\t', '    ', ' \t']) + rng.choice(['a', 'b c', '', ' ']) for _ in range(5)]
        block = '\n'.join(lines)
        agree('textwrap', 'dedent %r' % block, lambda: real.dedent(block), lambda: mine.dedent(block))
        agree('textwrap', 'indent', lambda: real.indent(block, '> '), lambda: mine.indent(block, '> '))
    compare_snippets('textwrap', [
        "print(M.fill('The quick brown fox jumps over the lazy dog. ' * 3, width=30))",
        "print(M.dedent('''\n    def f():\n        return 1\n    '''))",
        "M.wrap('abc', 0)", "M.TextWrapper(width=5, max_lines=1, placeholder='[too long]').wrap('a b c d e f')",
    ])

def check_types():
    compare_snippets('types', [
        "ns = M.SimpleNamespace(a=1, b='x')\nns.c = [1]\nprint(ns, ns.a, ns == M.SimpleNamespace(a=1, b='x', c=[1]), vars(ns))\nclass Sub(M.SimpleNamespace):\n    pass\nprint(Sub(z=2), repr(M.SimpleNamespace()))",
        "ns = M.SimpleNamespace(j=2)\nns.self = ns\nprint(ns)\nM.SimpleNamespace({'k': 1})",
        "def f(): pass\nprint(type(f) is M.FunctionType, M.LambdaType is M.FunctionType, isinstance(len, M.BuiltinFunctionType), isinstance(M, M.ModuleType))",
        "def g():\n    yield\nprint(isinstance(g(), M.GeneratorType), M.NoneType, M.MappingProxyType({'a': 1})['a'], M.GenericAlias, M.EllipsisType)",
        "class A:\n    def m(self): pass\nprint(isinstance(A().m, M.MethodType), M.MethodType(lambda self: self, 5)())",
        "C = M.new_class('C', (int,), {}, lambda ns: ns.update(x=1))\nprint(C.x, C.__bases__, C(5) + 1, M.prepare_class('D')[0], M.resolve_bases((int, str)))",
    ])

def check_json():
    real = importlib.import_module('json')
    mine = load('json')
    values = [None, True, False, 0, -5, 10 ** 30, 1.5, -0.0, 1e300, 'plain', 'quote " back \\ slash',
              'tab\t nl\n ctrl\x01 del\x7f', 'é ü 😀 東', [], {}, [1, [2, [3]]], {'b': 1, 'a': [None, True]},
              {1: 'int key', 2.5: 'float key', True: 'bool', None: 'none'}, (1, 2), float('inf'),
              float('nan'), {'nested': {'deep': [{'x': 1.25}]}}, [0.1, 0.2, 1 / 3]]
    options = [{}, {'indent': 2}, {'indent': '\t', 'sort_keys': True}, {'ensure_ascii': False},
               {'separators': (',', ':')}, {'sort_keys': True}, {'allow_nan': False},
               {'indent': 0}, {'skipkeys': True}]
    for v in values:
        for opt in options:
            agree('json', 'dumps %r %r' % (v, opt), lambda: real.dumps(v, **opt), lambda: mine.dumps(v, **opt))
    docs = ['{"a": 1, "b": [1, 2.5, -3e2, true, false, null]}', '  [ ]  ', '{}', '"\\u00e9\\ud83d\\ude00\\n"',
            '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '', '   ', 'nul', '[1] x', '{"a": "\\q"}',
            '"abc', '"ctrl\x01"', '{1: 2}', '-', '-0', '01', '1.', '1e5', '1E+2', '-12.5e-3', 'NaN',
            '[Infinity, -Infinity]', '{"a": {"b": {"c": []}}}', '"\\u12"', '[1 2]', '\n\n  {"x"\n: }',
            '{"dup": 1, "dup": 2}', '123456789012345678901234567890', '[true, false, null]', '["\\/"]', '[', '[1,', '{', '{"a":', '["\\u1234'] 
    for doc in docs:
        agree('json', 'loads %r' % doc, lambda: repr(real.loads(doc)), lambda: repr(mine.loads(doc)))
        agree('json', 'loads err %r' % doc, lambda: _json_error(real, doc), lambda: _json_error(mine, doc))
    compare_snippets('json', [
        "print(M.dumps({'k': [1, 2]}, indent=4), M.loads('[1, {\"a\": null}]', object_hook=lambda d: sorted(d)))",
        "l = []\nl.append(l)\nM.dumps(l)", "M.dumps({(1, 2): 3})", "M.dumps(object())", "M.dumps(float('nan'), allow_nan=False)",
        "class E(M.JSONEncoder):\n    def default(self, o):\n        return sorted(o)\nprint(E().encode({'s': {3, 1}}), M.dumps({2, 1}, default=list))",
        "print(M.loads('{\"a\": 1.5}', parse_float=str), M.loads('[1]', parse_int=float), M.loads('{\"z\": 1, \"a\": 2}', object_pairs_hook=list))",
        "import io\nbuf = io.StringIO()\nM.dump({'x': [1]}, buf)\nprint(buf.getvalue(), M.load(io.StringIO('[3]')))",
        "print(M.JSONDecoder().raw_decode('[1] tail'), M.loads(b'[1]'), M.loads('\\ufeff[1]'.encode('utf-8')) if False else 0)",
        "M.loads(5)",
    ])


def _json_error(module, doc):
    try:
        module.loads(doc)
    except module.JSONDecodeError as e:
        return (e.msg, e.pos, e.lineno, e.colno, str(e))
    except Exception as e:
        return type(e).__name__
    return 'no error'

RE_PATTERNS = [
    r'a', r'abc', r'a*', r'a+b', r'a?b', r'a{2}', r'a{1,3}', r'a{2,}', r'a{,2}', r'a*?b', r'a+?', r'.',
    r'.*', r'.+?x', r'[abc]', r'[^abc]+', r'[a-z]+', r'[A-Za-z_][A-Za-z0-9_]*', r'\d+', r'\D+',
    r'\w+', r'\W', r'\s+', r'\S+', r'\bfoo\b', r'\Bo', r'^a', r'b$', r'^$', r'(a)(b)?', r'(a|b)+',
    r'(?:ab)+', r'(?P<first>\w+) (?P<last>\w+)', r'(\w)\1', r'(?P<q>["\']).*?(?P=q)', r'a(?=b)',
    r'a(?!b)', r'(?<=a)b', r'(?<!a)b', r'x*', r'(a*)*', r'(a|ab)(c|bcd)(d*)', r'[\d.]+', r'[-+]?\d+(\.\d*)?',
    r'(\d{1,3})(?:,(\d{3}))*', r'\\', r'\.', r'[.]', r'\n', r'a|b|', r'(?i)hello', r'(?m)^\w+',
    r'(?s)a.b', r'(?x) a b  # comment', r'[\w\s]+', r'[^\W\d]+', r'(a)|(b)', r'(?:a(b)c)?', r'\A\w', r'\w\Z',
    r'(?i:ab)c', r'a++', r'(?>a+)b', r'[]a]', r'[a-]', r'\x41', r'\u00e9', r'é+', r'(\d+)-(\d+)',
    r'(?:(a)|b)*', r'(a?)+', r'(ab|a)*c',
]
RE_STRINGS = ['', 'a', 'ab', 'aab', 'abc', 'aaa bbb', 'foo bar foobar', 'hello World HELLO', 'x1 22 333',
              'a\nb\nc\n', '"quoted" and \'single\'', 'abcd', 'éé e', '1,234,567 and 89', 'AbAbab', 'aaxaay',
              '  lead and trail  ', 'a.b-c', '\\path\\x', 'abcbcd', 'ac abc abbc', 'xxaxx', 'bab aba']
RE_BAD = [r'(', r')', r'[a', r'*a', r'a**', r'\q', r'(?P<1>x)', r'(?P<n>a)(?P<n>b)', r'a{3,2}', r'(?<=a+)b',
          r'\1', r'(?P=zz)', r'(?z)', r'x(?i)y', r'[z-a]', '\\']


def check_re():
    real = importlib.import_module('re')
    mine = load('re')
    for pat in RE_PATTERNS:
        for s in RE_STRINGS:
            for fn in ('findall', 'split'):
                agree('re', '%s %r %r' % (fn, pat, s), lambda: getattr(real, fn)(pat, s),
                      lambda: getattr(mine, fn)(pat, s))
            agree('re', 'sub %r %r' % (pat, s), lambda: real.subn(pat, '<\\g<0>>', s),
                  lambda: mine.subn(pat, '<\\g<0>>', s))
            agree('re', 'search %r %r' % (pat, s), lambda: _match_info(real.search(pat, s)),
                  lambda: _match_info(mine.search(pat, s)))
            agree('re', 'match %r %r' % (pat, s), lambda: _match_info(real.match(pat, s)),
                  lambda: _match_info(mine.match(pat, s)))
            agree('re', 'fullmatch %r %r' % (pat, s), lambda: _match_info(real.fullmatch(pat, s)),
                  lambda: _match_info(mine.fullmatch(pat, s)))
            agree('re', 'finditer %r %r' % (pat, s), lambda: [_match_info(m) for m in real.finditer(pat, s)],
                  lambda: [_match_info(m) for m in mine.finditer(pat, s)])
    for pat in RE_BAD:
        agree('re', 'bad %r' % pat, lambda: real.compile(pat), lambda: mine.compile(pat))
    compare_snippets('re', [
        "m = M.search(r'(?P<year>\\d{4})-(?P<mon>\\d\\d)', 'on 2024-03-09!')\nprint(m, m.group(), m.group(1, 2), m['mon'], m.groups(), m.groupdict(), m.span('year'), m.start(2), m.end(), m.lastindex, m.lastgroup)",
        "print(M.sub(r'(\\w+)@(\\w+)', r'\\2 at \\1', 'joe@example'), M.sub(r'\\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), M.sub('a', 'b', 'aaa', count=2))",
        "print(M.split(r'[,;]\\s*', 'a, b;c,  d'), M.split(r'(,)', 'a,b'), M.split(r'x*', 'axbc'), M.split(r'\\s+', ' a b ', maxsplit=1))",
        "p = M.compile(r'\\d+', M.I | M.M)\nprint(p, p.pattern, p.flags, p.groups, p.findall('1 22'), M.compile('(a)(?P<b>b)').groupindex, M.compile('x'))",
        "print(M.escape('a.b*c?d (e) [f] 1+1=2 ~x'), M.findall(r'(\\w)(\\d)', 'a1 b2 c'), M.findall(r'((a)b)', 'abab'))",
        "print(M.match('a', 'ba'), M.fullmatch(r'\\w+', 'abc'), bool(M.search('z', 'abc')), M.match(r'(a)?b', 'b').group(1), M.match(r'(a)?b', 'b').groups('-'))",
        "M.search('(', 'x')", "M.sub('(a)', r'\\2', 'a')", "M.sub('a', r'\\g<x>', 'a')", "M.match('a', 5)",
        "print(M.sub(r'(?P<w>\\w+)', r'[\\g<w>]', 'hi there'), M.subn(r'\\s', '', ' a b '), M.sub('', '-', 'abc'))",
        "print([m.span() for m in M.finditer(r'\\b\\w', 'hello big world')], M.search(r'o', 'foo', 2), M.compile('o').search('foo', 1, 2))",
        "print(M.sub(r'\\n', r'\\\\n', 'a\\nb'), M.sub('a', '\\n', 'xa'), repr(M.sub('a', r'\\t', 'a')))",
    ])


def _match_info(m):
    if m is None:
        return None
    return (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
            [m.span(i) for i in range(len(m.groups()) + 1)])

def check_queue():
    compare_snippets('queue', [
        "q = M.Queue()\nfor i in range(5):\n    q.put(i)\nprint(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait(), q.qsize())",
        "q = M.LifoQueue()\nfor c in 'abc':\n    q.put(c)\nprint([q.get() for _ in range(3)], q.empty())",
        "q = M.PriorityQueue()\nfor item in [(3, 'c'), (1, 'a'), (2, 'b')]:\n    q.put(item)\nprint([q.get()[1] for _ in range(3)])",
        "q = M.Queue(maxsize=1)\nq.put(1)\nprint(q.full())\ntry:\n    q.put_nowait(2)\nexcept M.Full:\n    print('Full')",
        "q = M.Queue()\ntry:\n    q.get_nowait()\nexcept M.Empty:\n    print('Empty')\ntry:\n    q.get(timeout=0.01)\nexcept M.Empty as e:\n    print('Empty after timeout', repr(e))",
        "q = M.Queue()\nq.put(1)\nq.get()\nq.task_done()\nq.join()\nq.task_done()",
        "s = M.SimpleQueue()\ns.put(1)\ns.put(2)\nprint(s.get(), s.qsize(), s.empty(), s.get_nowait(), s.empty())",
    ])

def check_hashlib():
    real = importlib.import_module('hashlib')
    mine = load('hashlib')
    rng = _rnd.Random(12)
    samples = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 128,
               bytes(range(256)) * 3] + [bytes(rng.randrange(256) for _ in range(rng.randrange(300))) for _ in range(40)]
    for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
        for data in samples:
            agree('hashlib', '%s %r' % (name, data[:10]), lambda: getattr(real, name)(data).hexdigest(),
                  lambda: getattr(mine, name)(data).hexdigest())
            cut = len(data) // 3
            agree('hashlib', '%s update' % name,
                  lambda: _hash_in_parts(real, name, data, cut), lambda: _hash_in_parts(mine, name, data, cut))
    compare_snippets('hashlib', [
        "h = M.sha256(b'hello')\nprint(h.name, h.digest_size, h.block_size, h.hexdigest(), M.new('MD5', b'x').hexdigest())",
        "M.sha1('text')", "M.new('nope')", "print(sorted(M.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))",
    ])


def _hash_in_parts(module, name, data, cut):
    h = getattr(module, name)()
    h.update(data[:cut])
    copy = h.copy()
    h.update(data[cut:])
    return h.digest(), copy.hexdigest()

def check_csv():
    real = importlib.import_module('csv')
    mine = load('csv')
    docs = ['a,b,c\r\n1,2,3\r\n', 'a,"b,c",d\n', '"quoted ""inner"" text",x\n', 'x,"multi\nline",y\n',
            '  a,  b\n', 'a;b;c\n', 'a,b\n\nc,d\n', '"unterminated', 'a,"b"c,d\n', '1,2.5,x\n',
            'a\\,b,c\n', 'trailing,\n', ',,\n', '"",""\n', 'a\rb\n', 'a,"b"  ,c\n', 'no newline']
    variants = [{}, {'skipinitialspace': True}, {'delimiter': ';'}, {'escapechar': '\\'},
                {'quoting': mine.QUOTE_NONE, 'escapechar': '\\'}, {'strict': True},
                {'quoting': mine.QUOTE_NONNUMERIC}, {'doublequote': False, 'escapechar': '\\'}]
    for doc in docs:
        for opts in variants:
            agree('csv', 'reader %r %r' % (doc, opts),
                  lambda: _csv_read(real, doc, opts), lambda: _csv_read(mine, doc, opts))
    rows = [['a', 'b'], ['x,y', 'q"uote'], ['line\nbreak', ''], [''], [], [1, 2.5, None, True],
            ['  lead', 'tab\t'], ['semi;colon'], ['esc\\ape']]
    wvariants = [{}, {'quoting': mine.QUOTE_ALL}, {'quoting': mine.QUOTE_NONNUMERIC}, {'delimiter': ';'},
                 {'quoting': mine.QUOTE_NONE, 'escapechar': '\\'}, {'lineterminator': '\n'},
                 {'doublequote': False, 'escapechar': '\\'}, {'quoting': mine.QUOTE_NONE}]
    for row in rows:
        for opts in wvariants:
            agree('csv', 'writer %r %r' % (row, opts),
                  lambda: _csv_write(real, row, opts), lambda: _csv_write(mine, row, opts))
    compare_snippets('csv', [
        "import io\nf = io.StringIO('name,age\\nann,30\\nbob\\n')\nr = M.DictReader(f, restval='?')\nprint(r.fieldnames, [dict(x) for x in r], r.line_num)",
        "import io\nout = io.StringIO()\nw = M.DictWriter(out, ['a', 'b'])\nw.writeheader()\nw.writerow({'a': 1, 'b': 'x,y'})\nw.writerows([{'a': 2}])\nprint(repr(out.getvalue()))\nw.writerow({'c': 3})",
        "print(M.list_dialects()[:3], M.get_dialect('excel').delimiter, M.excel_tab.delimiter, M.unix_dialect.lineterminator == '\\n')",
        "M.get_dialect('nope')", "M.reader(['a'], delimiter='::')", "M.writer(5)",
        "import io\nw = M.writer(io.StringIO(), quoting=M.QUOTE_NONE)\nw.writerow(['a,b'])",
        "M.register_dialect('pipes', delimiter='|')\nprint(list(M.reader(['a|b|c'], 'pipes')))\nM.unregister_dialect('pipes')",
        "r = M.reader(['a,b', 'c'])\nprint(next(r), r.line_num, next(r), r.line_num)",
    ])


def _csv_read(module, doc, opts):
    import io
    r = module.reader(io.StringIO(doc, newline=''), **opts)
    rows = []
    try:
        for row in r:
            rows.append(row)
    except module.Error as e:
        rows.append('Error: %s' % e)
    return rows, r.line_num


def _csv_write(module, row, opts):
    import io
    out = io.StringIO()
    try:
        module.writer(out, **opts).writerow(row)
    except module.Error as e:
        return 'Error: %s' % e
    return out.getvalue()

def check_struct():
    real = importlib.import_module('struct')
    mine = load('struct')
    rng = _rnd.Random(13)
    codes = 'bBhHiIlLqQnN?efd'
    ints = [0, 1, -1, 127, 128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2 ** 31 - 1, 2 ** 31,
            -2 ** 31 - 1, 2 ** 32, 2 ** 63 - 1, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 2 ** 70, -2 ** 70]
    floats = [0.0, -0.0, 1.5, -2.25, 1 / 3, 1e-8, 5.96e-8, 6e-5, 65504.0, 65519.0, 65520.0, 1e38, 3.5e38,
              1e39, 1e-45, 1e-46, 1e308, float('inf'), float('-inf'), 1e-310]
    for order in '@=<>!':
        for code in codes:
            if code in 'nN' and order != '@':
                continue
            values = floats if code in 'efd' else ints + [1.5, 'x', True]
            for v in values:
                fmt = order + code
                agree('struct', 'pack %s %r' % (fmt, v), lambda: real.pack(fmt, v), lambda: mine.pack(fmt, v))
                try:
                    packed = real.pack(fmt, v)
                except Exception:
                    continue
                agree('struct', 'unpack %s %r' % (fmt, v), lambda: repr(real.unpack(fmt, packed)),
                      lambda: repr(mine.unpack(fmt, packed)))
        for _ in range(30):
            fmt = order + ''.join(rng.choice(['b', 'h', 'i', 'q', 'd', 'c', 'x', '3s', '2p', '?', 'f', 'H', '2i'])
                                  for _ in range(rng.randrange(1, 6)))
            agree('struct', 'calcsize %s' % fmt, lambda: real.calcsize(fmt), lambda: mine.calcsize(fmt))
            data = bytes(rng.randrange(256) for _ in range(real.calcsize(fmt)))
            agree('struct', 'unpack %s' % fmt, lambda: repr(real.unpack(fmt, data)), lambda: repr(mine.unpack(fmt, data)))
    compare_snippets('struct', [
        "print(M.pack('>I2sh', 1, b'ab', -2), M.unpack('<hhl', b'\\x01\\x00\\x02\\x00\\x03\\x00\\x00\\x00'), M.calcsize('@bhiq'))",
        "M.pack('ii', 1)", "M.pack('i', 1, 2)", "M.unpack('i', b'\\x00')", "M.pack('z', 1)", "M.pack('<P', 1)",
        "M.pack('c', 'a')", "M.pack('s', 5)", "M.pack('3')", "M.pack('d', 'x')",
        "s = M.Struct('<hi')\nprint(s.format, s.size, s.pack(1, 2), s.unpack(b'\\x01\\x00\\x02\\x00\\x00\\x00'), list(M.iter_unpack('<h', b'\\x01\\x00\\x02\\x00')))",
        "b = bytearray(8)\nM.pack_into('<hh', b, 2, 5, 6)\nprint(b, M.unpack_from('<h', b, 4), M.pack('5s', b'ab'), M.pack('3p', b'abcdef'), M.unpack('2s3p', b'abcde'))",
    ])


def main(argv):
    checks = {
        'heapq': check_heapq, 'bisect': check_bisect, 'random': check_random,
        'functools': check_functools, 'operator': check_operator,
        'collections': check_collections, 'abc': check_abc, 'copy': check_copy,
        'contextlib': check_contextlib, 'string': check_string, 'keyword': check_keyword,
        '__future__': check_future, 'enum': check_enum, 'dataclasses': check_dataclasses, 'typing': check_typing, 'io': check_io, 'array': check_array, 'statistics': check_statistics, 'textwrap': check_textwrap, 'types': check_types, 'json': check_json, 're': check_re, 'queue': check_queue, 'hashlib': check_hashlib, 'csv': check_csv, 'struct': check_struct,
    }
    names = argv or list(checks)
    for name in names:
        try:
            checks[name]()
        except Exception:
            FAILURES.append((name, 'crashed', '', traceback.format_exc()))
    for name, label, expected, got in FAILURES[:40]:
        print('=' * 60)
        print('MISMATCH in %s: %s' % (name, label))
        start = 0
        while start < min(len(expected), len(got)) and expected[start] == got[start]:
            start += 1
        start = max(0, start - 200)
        print('--- CPython:\n%s\n--- pvm lib:\n%s' % (expected[start:start + 600], got[start:start + 600]))
    print('%d checks, %d mismatches' % (CHECKS[0], len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
