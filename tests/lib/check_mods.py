#!/usr/bin/env python3
"""Check pvm's numbers, fractions, datetime, pprint and decimal (backends/runtime/lib/)
against CPython's modules, with scripts/check_lib.py's machinery: each module
is loaded into CPython as `pvm_<name>` and compared with the real one on fixed
snippets and on thousands of randomized operations (results or exception type
and message must agree).

Usage: tests/lib/check_mods.py [MODULE ...]   exit status 0 when all agree.
"""
import importlib
import math
import os
import random as _rnd
import sys
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts'))
from check_lib import CHECKS, FAILURES, agree, compare_snippets, load  # noqa: E402


def check_numbers():
    real = importlib.import_module('numbers')
    mine = load('numbers')
    names = ['Number', 'Complex', 'Real', 'Rational', 'Integral']
    values = [0, True, 5, -2 ** 70, 1.5, float('nan'), 1j, complex(2, 0), 'x', None, [], object()]
    for v in values:
        for n in names:
            agree('numbers', 'isinstance %r %s' % (v, n), lambda: isinstance(v, getattr(real, n)),
                  lambda: isinstance(v, getattr(mine, n)))
            agree('numbers', 'issubclass %s %s' % (type(v).__name__, n),
                  lambda: issubclass(type(v), getattr(real, n)), lambda: issubclass(type(v), getattr(mine, n)))
    for a in names:
        for b in names:
            agree('numbers', 'tower %s %s' % (a, b), lambda: issubclass(getattr(real, a), getattr(real, b)),
                  lambda: issubclass(getattr(mine, a), getattr(mine, b)))
        agree('numbers', 'abstracts %s' % a, lambda: sorted(getattr(real, a).__abstractmethods__),
              lambda: sorted(getattr(mine, a).__abstractmethods__))
        agree('numbers', 'hash %s' % a, lambda: getattr(real, a).__hash__, lambda: getattr(mine, a).__hash__)
    compare_snippets('numbers', [
        "M.Number()", "M.Integral()", "print(M.__all__)",
        "class R(M.Real):\n    pass\nR()",
        "class I(int):\n    pass\nprint(isinstance(I(3), M.Integral), isinstance(I(3), M.Rational))",
        "class Q(M.Rational):\n    numerator = 3\n    denominator = 4\n"
        "    __abs__ = __add__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __le__ = __lt__ = __mod__ = "
        "__mul__ = __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = __rmul__ = __round__ = "
        "__rpow__ = __rtruediv__ = __truediv__ = __trunc__ = lambda *a: NotImplemented\n"
        "q = Q()\nprint(float(q), complex(q), q.imag, M.Real.conjugate.__qualname__, isinstance(q, M.Complex))",
        "class J(M.Integral):\n    def __int__(self): return 7\n"
        "    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __invert__ = __le__ = "
        "__lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = __or__ = __pos__ = __pow__ = __radd__ = __rand__ = "
        "__rfloordiv__ = __rlshift__ = __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = "
        "__rshift__ = __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = lambda *a: NotImplemented\n"
        "j = J()\nprint(j.__index__(), float(j), j.denominator, [1, 2, 3, 4, 5, 6, 7, 8][j])",
    ])


def _fraction_values(rng, F):
    """A mix of operands: Fractions (small, large, negative, zero), ints,
    bools, floats (finite and special) and complex numbers."""
    kind = rng.randrange(10)
    if kind < 4:
        return F(rng.randrange(-30, 31), rng.choice([1, 2, 3, 4, 6, 7, 12, 100]))
    if kind == 4:
        return F(rng.randrange(-10 ** 25, 10 ** 25), rng.randrange(1, 10 ** 20))
    if kind == 5:
        return rng.randrange(-20, 21)
    if kind == 6:
        return rng.choice([0.5, -2.25, 0.1, 1e300, -0.0, 3.0, float('inf'), float('nan'), 1e-320, 7.0])
    if kind == 7:
        return rng.choice([True, False, 2 ** 80, -1])
    if kind == 8:
        return rng.choice([1j, complex(2, 0), complex(-1.5, 2)])
    return F(0)


def _same(v):
    """A comparable form of a result: Fractions by type name and value,
    floats by repr (nan and -0.0 included)."""
    if type(v).__name__ == 'Fraction':
        return ('F', v.numerator, v.denominator)
    if isinstance(v, (float, complex)):
        return (type(v).__name__, repr(v))
    if isinstance(v, tuple):
        return tuple(_same(x) for x in v)
    return (type(v).__name__, v)


def check_fractions():
    real = importlib.import_module('fractions')
    mine = load('fractions')
    RF, MF = real.Fraction, mine.Fraction
    rng = _rnd.Random(11)
    ops = {
        '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b,
        '//': lambda a, b: a // b, '%': lambda a, b: a % b, 'divmod': divmod, '**': lambda a, b: a ** b,
        '==': lambda a, b: a == b, '!=': lambda a, b: a != b, '<': lambda a, b: a < b,
        '<=': lambda a, b: a <= b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
    }

    def convert(v, F):
        return F(v.numerator, v.denominator) if type(v).__name__ == 'Fraction' else v

    for _ in range(2500):
        a = _fraction_values(rng, RF)
        b = _fraction_values(rng, RF)
        if not isinstance(a, RF) and not isinstance(b, RF):
            a = RF(rng.randrange(-9, 10), rng.randrange(1, 9))
        name = rng.choice(list(ops))
        if name == '**' and isinstance(b, RF) and (abs(b.numerator) > 40 or b.denominator > 2):
            b = RF(rng.randrange(-6, 7), rng.choice([1, 1, 2]))
        if name == '**' and isinstance(b, int) and abs(b) > 30:
            b = b % 7
        if name == '**' and isinstance(a, RF) and abs(a.numerator) > 10 ** 6:
            a = RF(3, 7)
        op = ops[name]
        agree('fractions', '%r %s %r' % (a, name, b), lambda: _same(op(a, b)),
              lambda: _same(op(convert(a, MF), convert(b, MF))))
    for _ in range(800):
        f = _fraction_values(rng, RF)
        if not isinstance(f, RF):
            f = RF(rng.randrange(-10 ** 6, 10 ** 6), rng.randrange(1, 10 ** 4))
        g = MF(f.numerator, f.denominator)
        unary = [
            ('hash', hash), ('repr', repr), ('str', str), ('neg', lambda x: -x), ('pos', lambda x: +x),
            ('abs', abs), ('int', int), ('float', float), ('complex', complex), ('bool', bool),
            ('floor', math.floor), ('ceil', math.ceil), ('trunc', math.trunc), ('round', round),
            ('ratio', lambda x: x.as_integer_ratio()), ('real', lambda x: x.real), ('imag', lambda x: x.imag),
            ('conj', lambda x: x.conjugate()),
        ]
        for label, fn in unary:
            agree('fractions', '%s %r' % (label, f), lambda: _same(fn(f)).__repr__().replace('pvm_', ''),
                  lambda: _same(fn(g)).__repr__().replace('pvm_', ''))
        for nd in (-2, -1, 0, 1, 2, 5):
            agree('fractions', 'round %r %d' % (f, nd), lambda: _same(round(f, nd)), lambda: _same(round(g, nd)))
        for lim in (1, 2, 3, 10, 100, 1000, 10 ** 6):
            agree('fractions', 'limit %r %d' % (f, lim), lambda: _same(f.limit_denominator(lim)),
                  lambda: _same(g.limit_denominator(lim)))
        agree('fractions', 'hash float %r' % f, lambda: hash(f) == hash(float(f)) or float(f) != f,
              lambda: hash(g) == hash(float(g)) or float(g) != g)
    for _ in range(400):
        x = rng.choice([rng.uniform(-1e6, 1e6), rng.random(), 2.0 ** rng.randrange(-1070, 1020),
                        rng.randrange(-10 ** 20, 10 ** 20) * 1.0, 1 / rng.randrange(1, 99)])
        agree('fractions', 'float %r' % x, lambda: _same(RF(x)), lambda: _same(MF(x)))
        agree('fractions', 'from_float %r' % x, lambda: _same(RF.from_float(x)), lambda: _same(MF.from_float(x)))
        agree('fractions', 'limit float %r' % x, lambda: _same(RF(x).limit_denominator()),
              lambda: _same(MF(x).limit_denominator()))
        agree('fractions', 'hash %r' % x, lambda: hash(RF(x)) == hash(x), lambda: hash(MF(x)) == hash(x))
    texts = ['3/4', '1.5', ' -2 ', '+7', '-0', '1_000/3', '1e3', '1.5E-3', '.5', '5.', '-.25e+2', '1/0', 'abc',
             '', ' ', '1/-3', '1 /2', '1_/2', '_1', '1__0', '1.2.3', '1e', 'e3', '/3', '3/', '0x10', '1/2/3',
             '\t12/16\n', '١/٢', '1.5/2', '1e5/2', '+-1', '--1', 'inf', 'nan', '1e-30', '12345678901234567890.5',
             '1.0_5', '1e1_0', '3.', '-.', '.', '+.e1', '0/5', '00012/0006', '１２', '1 2', '2e-0']
    for t in texts:
        agree('fractions', 'parse %r' % t, lambda: _same(RF(t)), lambda: _same(MF(t)))
    compare_snippets('fractions', [
        "F = M.Fraction\nprint(F(3, 4), F(-6, 8), F(6, -8), repr(F(1, 3)), F(), F(7), F(2.5), F(F(1, 2), F(3, 4)))",
        "F = M.Fraction\nprint(F(1, 3) + F(1, 6), F(1, 2) * 3, 1 - F(1, 3), F(2, 3) / F(4, 9), 2 ** F(2), F(1, 2) ** 2)",
        "F = M.Fraction\nprint(sorted([F(1, 2), 0.3, F(1, 3), 1, True]), max(F(7, 3), 2), F(1, 2) in {0.5}, {F(2): 'x'}[2])",
        "M.Fraction(1.5, 2)", "M.Fraction('1', 2)", "M.Fraction([])", "M.Fraction(3, 0)", "M.Fraction('x')",
        "M.Fraction(float('inf'))", "M.Fraction(float('nan'))", "M.Fraction.from_float('x')",
        "M.Fraction(1, 3).limit_denominator(0)", "M.Fraction(3, 4) / 0", "M.Fraction(-3, 4) / 0", "M.Fraction(0) / 0",
        "M.Fraction(3, 4) // 0", "M.Fraction(3, 4) % 0", "M.Fraction(0) ** -1", "M.Fraction(0) ** -3",
        "pow(M.Fraction(1, 2), 2, 3)", "M.Fraction(1, 2) < 1j", "format(M.Fraction(1, 3), '.2f')",
        "print(format(M.Fraction(1, 3)), format(M.Fraction(1, 3), ''), f'{M.Fraction(5, 2)!r:>20}')",
        "M.Fraction(1, 2) // 1j", "1j % M.Fraction(1, 2)", "divmod(M.Fraction(1, 2), 0.0)", "M.Fraction(1, 2) & 1",
        "print(M.Fraction(1, 2).numerator, M.Fraction(1, 2).denominator, M.Fraction(6, 4).as_integer_ratio())",
        "print(M.Fraction(3, 4).__reduce__()[1])", "import copy\nf = M.Fraction(2, 3)\nprint(copy.copy(f) is f, copy.deepcopy(f) is f)",
        "class G(M.Fraction):\n    pass\ng = G(1, 2)\nprint(repr(g), type(g + 1).__name__, type(-g).__name__, repr(G.from_float(0.25)))",
        "import numbers\nprint(isinstance(M.Fraction(1), numbers.Rational), M.Fraction(5, 1) == 5, M.Fraction(1, 2) == 0.5 + 0j)",
        "M.Fraction(1, 2).numerator = 3", "M.Fraction(1, 2).x = 3", "print(M.Fraction.__slots__ if hasattr(M.Fraction, '__slots__') else None)",
        "print(M.Fraction(numerator=3, denominator=6), M.Fraction(True, 2), M.Fraction(10 ** 30, 10 ** 28))",
        "M.Fraction(1, 2.0)", "M.Fraction(None)", "M.Fraction(1j)", "M.Fraction(b'1/2')",
        "print(round(M.Fraction(5, 2)), round(M.Fraction(7, 2)), round(M.Fraction(-5, 2)), round(M.Fraction(25, 100), 1))",
        "print(M.Fraction(-7, 2).__trunc__(), M.Fraction(-7, 2).__floor__(), M.Fraction(-7, 2).__ceil__(), int(M.Fraction(-7, 2)))",
        "print(hash(M.Fraction(1, 2 ** 61 - 1)), hash(M.Fraction(-1, 2 ** 61 - 1)), hash(M.Fraction(-1)))",
        "from decimal import Decimal\nprint(repr(M.Fraction(Decimal('1.25'))), repr(M.Fraction.from_decimal(Decimal('-0.5'))), M.Fraction(1, 2) == Decimal('0.5'), M.Fraction(1, 3) < Decimal('0.5'))",
        "from decimal import Decimal\nM.Fraction(1, 2) + Decimal('0.5')", "M.Fraction.from_decimal(1.5)", "from decimal import Decimal\nM.Fraction(Decimal('NaN'))",
        "float(M.Fraction(10 ** 400, 3))", "print(float(M.Fraction(1, 10 ** 400)), M.Fraction(10 ** 400, 3) > 1e308)",
    ])


def _norm(thunk):
    """repr of thunk's result; messages that Python-level classes cannot
    word as C types do ('datetime.date' in operator errors) read alike."""
    def run():
        try:
            return repr(thunk())
        except TypeError as e:
            text = str(e)
            if 'operand' in text or 'not supported between' in text or 'non-int of type' in text:
                for name in ('datetime', 'date', 'timedelta', 'time', 'timezone', 'tzinfo'):
                    text = text.replace("'datetime.%s'" % name, "'%s'" % name)
            raise TypeError(text) from None
    return run


def dt_agree(label, f_real, f_mine):
    agree('datetime', label, _norm(f_real), _norm(f_mine))


def _random_td_args(rng):
    names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks']
    args = {}
    for name in rng.sample(names, rng.randrange(1, 4)):
        kind = rng.randrange(6)
        if kind == 0:
            args[name] = rng.randrange(-1000, 1000)
        elif kind == 1:
            args[name] = rng.uniform(-1000, 1000)
        elif kind == 2:
            args[name] = rng.choice([0.5, -0.5, 1.5, 2.5, 1e-7, 0.0000005, 0.0000015, -1.0000005, 1 / 3, 86399.9999995])
        elif kind == 3:
            args[name] = rng.randrange(-10 ** 12, 10 ** 12)
        elif kind == 4:
            args[name] = rng.choice([True, 10 ** 18, -10 ** 15, 999999999, 2 ** 31])
        else:
            args[name] = rng.choice([1e9, -1e13, float('inf'), float('nan'), 1e300])
    return args


def _random_date_args(rng):
    return (rng.choice([1, 2, 4, 100, 400, 1582, 1900, 1970, 1999, 2000, 2024, 9999, rng.randrange(1, 10000)]),
            rng.randrange(1, 13), rng.randrange(1, 29))


def _fixed_zone(M, rng):
    choice = rng.randrange(6)
    if choice == 0:
        return None
    if choice == 1:
        return M.timezone.utc
    minutes = rng.randrange(-23 * 60, 23 * 60)
    if choice == 2:
        return M.timezone(M.timedelta(minutes=minutes), rng.choice(['EST', 'X%Y', 'UTC']))
    if choice == 3:
        return M.timezone(M.timedelta(minutes=minutes, seconds=rng.randrange(60), microseconds=rng.choice([0, 7])))
    return M.timezone(M.timedelta(minutes=minutes))


_STRFTIME_CODES = 'aAwdbBmyYHIpMSfzZjUWcxX%GuVeDTFRCgkls'


def check_datetime():
    real = importlib.import_module('datetime')
    mine = load('datetime')
    rng = _rnd.Random(21)
    both = (real, mine)
    for _ in range(1500):
        args = _random_td_args(rng)
        dt_agree('timedelta(**%r)' % args, lambda: real.timedelta(**args), lambda: mine.timedelta(**args))
    for _ in range(1500):
        a_args = (rng.randrange(-3000, 3000), rng.randrange(-10 ** 6, 10 ** 6), rng.randrange(-10 ** 7, 10 ** 7))
        b_args = rng.choice([(rng.randrange(-5, 5), rng.randrange(-100, 100), rng.randrange(-10 ** 6, 10 ** 6)),
                             (0, 0, 0), (999999999, 0, 0), (0, 0, 1)])
        other = rng.choice([rng.randrange(-9, 9), rng.uniform(-5, 5), 0.5, 2.5, 1 / 3, 0, 0.0, 10 ** 9, 1e-7,
                            None, 'x', 1j, float('inf')])
        for op in ('+', '-', '*', '/', '//', '%', 'divmod', '<', '==', '!=', '>=', 'neg', 'abs', 'str', 'hash',
                   'bool', 'total'):
            def run(M, a_args=a_args, b_args=b_args, other=other, op=op):
                a, b = M.timedelta(*a_args), M.timedelta(*b_args)
                funcs = {
                    '+': lambda: (a + b, a - b), '-': lambda: (a - other), '*': lambda: (a * other, other * a),
                    '/': lambda: (a / b, a / other), '//': lambda: (a // b, a // other), '%': lambda: (a % b),
                    'divmod': lambda: divmod(a, b), '<': lambda: (a < b, a <= b, a > b), '==': lambda: (a == b, a == other),
                    '!=': lambda: a != other, '>=': lambda: a >= other, 'neg': lambda: (-a, +a), 'abs': lambda: abs(a),
                    'str': lambda: (str(a), str(b), a.days, a.seconds, a.microseconds),
                    'hash': lambda: hash(a) == hash(M.timedelta(microseconds=a // M.timedelta.resolution)),
                    'bool': lambda: (bool(a), bool(b)), 'total': lambda: a.total_seconds(),
                }
                return funcs[op]()
            dt_agree('timedelta %r %s %r %r' % (a_args, op, b_args, other), lambda: run(real), lambda: run(mine))
    for _ in range(1200):
        args = _random_date_args(rng)
        n = rng.randrange(1, 3652060)
        days = rng.choice([rng.randrange(-400, 400), rng.randrange(-10 ** 6, 10 ** 6), 3652058, -3652058])
        fmt = ''.join(rng.choice(['%' + rng.choice(_STRFTIME_CODES), '-', ' ', 'x']) for _ in range(rng.randrange(1, 6)))

        def run(M, args=args, n=n, days=days, fmt=fmt):
            d = M.date(*args)
            e = M.date.fromordinal(n)
            return (d, e, str(e), e.toordinal(), e.weekday(), e.isoweekday(), tuple(e.isocalendar()), repr(e.isocalendar()),
                    e.timetuple(), e.ctime(), e.strftime(fmt), format(e, fmt), d < e, d == e, d >= e, e - d,
                    M.date.fromisoformat(e.isoformat()), M.date.fromisocalendar(*e.isocalendar()),
                    d.replace(day=1), d.replace(year=2000, month=2), d.strftime(fmt))

        def shift(M, args=args, days=days):
            return M.date(*args) + M.timedelta(days), M.date(*args) - M.timedelta(days, 5)
        dt_agree('date %r %d %r' % (args, n, fmt), lambda: run(real), lambda: run(mine))
        dt_agree('date shift %r %d' % (args, days), lambda: shift(real), lambda: shift(mine))
    for _ in range(1500):
        args = _random_date_args(rng) + (rng.randrange(24), rng.randrange(60), rng.randrange(60),
                                         rng.choice([0, 0, 5, 999999, rng.randrange(10 ** 6)]))
        other = _random_date_args(rng) + (rng.randrange(24), rng.randrange(60))
        seed = rng.randrange(10 ** 9)
        spec = rng.choice(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'])
        fmt = ''.join(rng.choice(['%' + rng.choice(_STRFTIME_CODES), ':', ' ', 'T']) for _ in range(rng.randrange(1, 7)))
        delta = (rng.randrange(-10 ** 5, 10 ** 5), rng.randrange(-10 ** 6, 10 ** 6), rng.randrange(-10 ** 7, 10 ** 7))

        def run(M, args=args, other=other, seed=seed, spec=spec, fmt=fmt, delta=delta):
            zr = _rnd.Random(seed)
            a = M.datetime(*args, tzinfo=_fixed_zone(M, zr))
            b = M.datetime(*other, tzinfo=_fixed_zone(M, zr))
            out = [a, str(a), a.isoformat(), a.isoformat(' ', spec), a.strftime(fmt), a.ctime(), a.timetuple(),
                   a.utcoffset(), a.tzname(), a.dst(), a.date(), a.time(), a.timetz(), a.utctimetuple(),
                   M.datetime.fromisoformat(a.isoformat()), M.datetime.fromisoformat(a.isoformat(' ', spec))]
            for thunk in (lambda: a + M.timedelta(*delta), lambda: a - M.timedelta(*delta), lambda: a - b,
                          lambda: (a < b, a == b, a != b, a >= b), lambda: hash(a) == hash(b) or a != b,
                          lambda: a.timestamp() if a.tzinfo else None,
                          lambda: a.astimezone(b.tzinfo) if a.tzinfo and b.tzinfo else None,
                          lambda: M.datetime.combine(a.date(), a.timetz()) == a,
                          lambda: a.replace(hour=0, tzinfo=None), lambda: a.time() < b.time(),
                          lambda: (a.timetz() == b.timetz(), a.timetz() < b.timetz())):
                try:
                    out.append(thunk())
                except Exception as e:
                    out.append('%s: %s' % (type(e).__name__, e))
            return out
        dt_agree('datetime %r %r %d %s %r' % (args, other, seed, spec, fmt), lambda: run(real), lambda: run(mine))
    for _ in range(800):
        t = rng.choice([rng.uniform(-10 ** 10, 10 ** 11), rng.randrange(-10 ** 11, 10 ** 11), rng.random() * 1e9,
                        round(rng.uniform(0, 2e9), rng.randrange(7)), 1e-7 * rng.randrange(-30, 30), -0.5e-6,
                        1.5e-6, 2.5e-6, 253402300799.9999995, -62135596800, 1e20, float('nan'), float('inf')])
        seed = rng.randrange(10 ** 9)

        def run(M, t=t, seed=seed):
            zone = _fixed_zone(M, _rnd.Random(seed)) or M.timezone.utc
            out = []
            for thunk in (lambda: M.datetime.utcfromtimestamp(t), lambda: M.datetime.fromtimestamp(t, zone),
                          lambda: M.datetime.fromtimestamp(t), lambda: M.date.fromtimestamp(t),
                          lambda: M.datetime.fromtimestamp(t, zone).timestamp(),
                          lambda: M.datetime.utcfromtimestamp(t).timestamp()):
                try:
                    out.append(thunk())
                except Exception as e:
                    out.append('%s: %s' % (type(e).__name__, e))
            return out
        dt_agree('timestamp %r' % t, lambda: run(real), lambda: run(mine))
    _check_local_time(real, mine, rng)
    for _ in range(1500):
        args = _random_date_args(rng) + (rng.randrange(24), rng.randrange(60), rng.randrange(60),
                                         rng.choice([0, 5, 120000, 999999]))
        parts = rng.sample(['%Y', '%y', '%m', '%b', '%B', '%d', '%H', '%I', '%p', '%M', '%S', '%f', '%j', '%a',
                            '%A', '%z', '%w', '%U', '%W', '%%', '%c', '%x', '%X', '%G', '%V', '%u'], rng.randrange(1, 8))
        expanded = ''.join({'%c': '%a%b%d%H%M%S%Y', '%x': '%m%d%y', '%X': '%H%M%S'}.get(p, p) for p in parts)
        if len(set(expanded[i:i + 2] for i in range(0, len(expanded), 2))) * 2 != len(expanded):
            continue  # CPython's _strptime cannot compile a format naming a field twice
        sep = rng.choice(['', ' ', '-', ':', '  ', 'T'])
        fmt = sep.join(parts)
        text_mode = rng.randrange(5)

        def run(M, args=args, fmt=fmt, text_mode=text_mode):
            value = M.datetime(*args, tzinfo=M.timezone(M.timedelta(hours=-3, minutes=-30)))
            text = value.strftime(fmt)
            if text_mode == 1:
                text = text.lower()
            elif text_mode == 2:
                text = text + '1'
            elif text_mode == 3:
                text = text[:-1]
            return M.datetime.strptime(text, fmt)
        dt_agree('strptime %r %r %d' % (args, fmt, text_mode), lambda: run(real), lambda: run(mine))
    for s in _ISO_STRINGS:
        for cls in ('date', 'time', 'datetime'):
            dt_agree('fromisoformat %s %r' % (cls, s), lambda: getattr(real, cls).fromisoformat(s),
                     lambda: getattr(mine, cls).fromisoformat(s))
    for text, fmt in _STRPTIME_CASES:
        dt_agree('strptime %r %r' % (text, fmt), lambda: real.datetime.strptime(text, fmt),
                 lambda: mine.datetime.strptime(text, fmt))
    for expr in _DATETIME_EXPRS:
        dt_agree(expr, lambda: eval(expr, {'M': real}), lambda: eval(expr, {'M': mine}))
    compare_snippets('datetime', [
        "print(M.MINYEAR, M.MAXYEAR, M.date.min, M.date.max, M.datetime.min, M.datetime.max, M.time.min, M.time.max)",
        "print(repr(M.timedelta.min), repr(M.timedelta.max), M.timedelta.resolution, M.date.resolution, M.timezone.utc, M.timezone.min, M.timezone.max)",
        "class D(M.date):\n    pass\nd = D(2020, 1, 31)\nprint(repr(d), type(d + M.timedelta(1)).__name__, type(d.replace(day=2)).__name__, repr(D.fromordinal(5)))",
        "class DT(M.datetime):\n    pass\nd = DT(2020, 1, 31, 5)\nprint(repr(d), type(d - M.timedelta(1)).__name__, repr(DT.combine(M.date(1, 1, 1), M.time(2))), type(d.astimezone(M.timezone.utc)).__name__)",
        "class TD(M.timedelta):\n    pass\nprint(repr(TD(1)), type(TD(1) + TD(2)).__name__, type(-TD(1)).__name__, type(TD(1) * 2).__name__)",
        "class Z(M.tzinfo):\n    def utcoffset(self, dt):\n        return M.timedelta(hours=2)\n    def dst(self, dt):\n        return M.timedelta(0)\n    def tzname(self, dt):\n        return 'Z2'\n"
        "d = M.datetime(2020, 5, 6, 7, tzinfo=Z())\nprint(d, d.utcoffset(), d.tzname(), d.astimezone(M.timezone.utc), M.datetime(2020, 1, 1, tzinfo=M.timezone.utc).astimezone(Z()), d.strftime('%z %Z'), d.timetuple().tm_isdst)",
        "class Bad(M.tzinfo):\n    def utcoffset(self, dt):\n        return 5\nM.datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()",
        "class Big(M.tzinfo):\n    def utcoffset(self, dt):\n        return M.timedelta(days=1)\nM.datetime(2020, 1, 1, tzinfo=Big()).utcoffset()",
        "M.tzinfo().utcoffset(None)", "M.tzinfo().tzname(None)", "M.tzinfo().dst(None)",
        "class Z(M.tzinfo):\n    def utcoffset(self, dt):\n        return None\nM.datetime(2020, 1, 1, tzinfo=Z()).astimezone(M.timezone.utc)",
        "print(M.timezone(M.timedelta(hours=5, minutes=30)).tzname(None), M.timezone(M.timedelta(0), 'UTC'), repr(M.timezone(M.timedelta(hours=-1), 'X')), M.timezone(M.timedelta(hours=1)) == M.timezone(M.timedelta(hours=1), 'A'))",
        "import pickle\nfor v in (M.date(2020, 1, 2), M.datetime(2020, 1, 2, 3, 4, 5, 6, fold=1), M.time(1, 2, 3, 4, M.timezone.utc), M.timedelta(1, 2, 3), M.timezone(M.timedelta(hours=1), 'A')):\n    print(repr(pickle.loads(pickle.dumps(v))))",
        "import copy\nd = M.datetime(2020, 1, 2, 3, tzinfo=M.timezone.utc)\nprint(copy.copy(d) == d, copy.deepcopy(d), copy.deepcopy(M.timedelta(3)))",
        "print(sorted([M.date(2020, 1, 3), M.date(2019, 5, 1), M.date(2020, 1, 1)]), max(M.timedelta(1), M.timedelta(hours=30)))",
        "print({M.date(2020, 1, 1): 1}[M.date(2020, 1, 1)], M.datetime(2020, 1, 1, 1, tzinfo=M.timezone(M.timedelta(hours=1))) == M.datetime(2020, 1, 1, tzinfo=M.timezone.utc))",
        "print(len({M.datetime(2020, 1, 1, 1, tzinfo=M.timezone(M.timedelta(hours=1))), M.datetime(2020, 1, 1, tzinfo=M.timezone.utc)}), len({M.time(1, tzinfo=M.timezone(M.timedelta(hours=1))), M.time(0, tzinfo=M.timezone.utc)}))",
        "print(M.date(2020, 1, 1).__reduce__(), M.time(1).__reduce__(), M.timedelta(1, 2, 3).__reduce__(), M.datetime(1, 1, 1, fold=1).__reduce__())",
        "print(f'{M.date(2020, 1, 2):%d/%m/%Y} {M.datetime(2020, 1, 2, 3, 4):%H:%M} {M.time(5, 6):%I %p} {M.date(2020, 1, 2)}')",
        "format(M.date(2020, 1, 1), 5)", "M.date(2020, 1, 1).strftime(5)", "M.datetime.strptime(5, '%Y')", "M.datetime.strptime('2020', 5)",
        "print(M.date.today() <= M.date.today(), M.datetime.now().year >= 2020, M.datetime.utcnow().tzinfo, M.datetime.now(M.timezone.utc).tzinfo, type(M.datetime.today()).__name__)",
        "print(M.datetime(2020, 6, 1, 12).astimezone().utcoffset() is not None, M.datetime(2020, 6, 1, 12).astimezone().tzinfo is not None)",
        "import time\nt = time.time()\nd = M.datetime.fromtimestamp(t)\nprint(abs(d.timestamp() - t) < 1e-5, abs(M.datetime.fromtimestamp(t, M.timezone.utc).timestamp() - t) < 1e-5)",
        "print(M.date(2020, 1, 1).isocalendar().week, M.date(2020, 1, 1).isocalendar().year, M.date(2021, 1, 1).isocalendar()[2])",
        "print(M.time(1, 2, 3) < M.time(1, 2, 4), M.time(12) == M.time(12, tzinfo=None), M.time() != M.time(tzinfo=M.timezone.utc), bool(M.time()))",
        "M.time() < M.time(tzinfo=M.timezone.utc)", "M.datetime(2020, 1, 1) - M.datetime(2020, 1, 1, tzinfo=M.timezone.utc)",
        "M.date(2020, 1, 1) < M.datetime(2020, 1, 1)", "M.datetime(2020, 1, 1) < M.date(2020, 1, 1)",
        "print(M.date(2020, 1, 1) == M.datetime(2020, 1, 1), M.datetime(2020, 1, 1) != M.date(2020, 1, 1), M.date(2020, 1, 1) == 5)",
                "print(M.timedelta(1) * True, M.timedelta(hours=1) / M.timedelta(minutes=7), M.timedelta(hours=1) // M.timedelta(minutes=7), M.timedelta(hours=1) % M.timedelta(minutes=7))",
        "print(M.__all__ if hasattr(M, '__all__') else None, M.UTC is M.timezone.utc)",
        "print(M.time(1, 2, 3, 4, fold=1), repr(M.time(1, 2, 3, 4, fold=1)), M.time(23, 59, 59, 999999).isoformat('milliseconds'), M.time(1).isoformat('hours'))",
        "M.time(1).isoformat('x')", "M.time(1).isoformat(5)", "M.datetime(1, 1, 1).isoformat('ab')", "M.datetime(1, 1, 1).isoformat(sep=5)",
        "print(M.datetime(2020, 1, 1, 12, 30).replace(tzinfo=M.timezone(M.timedelta(hours=-8))).isoformat(), M.datetime(2020, 1, 1, fold=1).replace(fold=0))",
        "M.datetime(2020, 1, 1).replace(fold=2)", "M.date(2020, 2, 29).replace(year=2021)", "M.time(1).replace(hour=24)",
        "M.timezone(M.timedelta(hours=25))", "M.timezone(5)", "M.timezone(M.timedelta(0), 5)", "M.timezone.utc.utcoffset(5)",
        "M.timezone.utc.fromutc(M.datetime(2020, 1, 1))", "M.timezone.utc.fromutc(5)",
        "print(M.timezone.utc.fromutc(M.datetime(2020, 1, 1, tzinfo=M.timezone.utc)), M.timezone(M.timedelta(hours=2)).fromutc(M.datetime(2020, 1, 1, tzinfo=M.timezone(M.timedelta(hours=2)))))",
        "M.datetime.combine(5, M.time())", "M.datetime.combine(M.date(1, 1, 1), 5)", "M.date.fromordinal(0)", "M.date.fromordinal(3652060)",
        "M.date.fromisocalendar(2021, 53, 1)", "M.date.fromisocalendar(2020, 1, 8)", "M.date.fromisocalendar(10000, 1, 1)", "M.date.fromisocalendar(2020, 0, 1)",
        "M.date.fromisoformat(5)", "M.datetime.fromisoformat(None)", "M.time.fromisoformat(b'12:00')",
        "M.date(2020.0, 1, 1)", "M.date('2020', 1, 1)", "M.date(2020, 1)", "M.datetime(2020, 1, 1, 1.5)", "M.time(tzinfo=5)", "M.datetime(2020, 1, 1, tzinfo='x')",
        "print(M.date(2020, 1, 1) - M.date(2019, 1, 1), M.datetime(2020, 1, 1) - M.datetime(2019, 12, 31, 23, 59, 59, 1))",
        "M.date.max + M.timedelta(1)", "M.date.min - M.timedelta(1)", "M.datetime.max + M.timedelta(microseconds=1)", "M.datetime.min - M.timedelta(microseconds=1)",
        "M.timedelta.max + M.timedelta(1)", "-M.timedelta.max", "M.timedelta.max * 1000", "M.timedelta(days=2 ** 31)", "M.timedelta(1) / 0", "M.timedelta(1) // 0",
        "M.timedelta(1) / M.timedelta(0)", "M.timedelta(1) % M.timedelta(0)", "M.timedelta(1) * float('nan')", "M.timedelta(days='x')",
    ])


def _check_local_time(real, mine, rng):
    """Local-time conversions (fromtimestamp, timestamp, astimezone, fold)
    in zones with DST gaps and folds, switched with time.tzset()."""
    import time
    saved = os.environ.get('TZ')
    try:
        for zone in ('America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'):
            os.environ['TZ'] = zone
            time.tzset()
            for _ in range(300):
                t = rng.choice([rng.randrange(1500000000, 1700000000), 1583650800 + rng.randrange(-7200, 7200, 900),
                                1604210400 + rng.randrange(-7200, 7200, 900), 1585411200 + rng.randrange(-7200, 7200, 900),
                                rng.uniform(-1e9, 3e9)])
                fold = rng.randrange(2)
                minute = rng.choice([0, 30, 59])

                def run(M, t=t, fold=fold, minute=minute):
                    a = M.datetime.fromtimestamp(t)
                    b = a.replace(minute=minute, fold=fold)
                    return (a, M.date.fromtimestamp(t), b.timestamp(), b.astimezone(), b.astimezone(M.timezone.utc),
                            b.timetuple(), M.datetime.fromtimestamp(t, M.timezone.utc).astimezone())
                dt_agree('local %s %r %d %d' % (zone, t, fold, minute), lambda: run(real), lambda: run(mine))
    finally:
        if saved is None:
            os.environ.pop('TZ', None)
        else:
            os.environ['TZ'] = saved
        time.tzset()


_ISO_STRINGS = [
    '2020-01-02', '20200102', '2020-W01', '2020-W01-3', '2020W01', '2020W013', '2020-W53-7', '2021-W53-1', '2020-W1',
    '2020-1-02', '2020-01-2', '2020/01/02', '202001', '2020-01-02 ', ' 2020-01-02', '2020-02-30', '0000-01-01',
    '9999-12-31', '2020-01-02T03', '2020-01-02T03:04', '2020-01-02T0304', '2020-01-02T03:04:05', '2020-01-02T030405',
    '2020-01-02T03:04:05.1', '2020-01-02T03:04:05.12', '2020-01-02T03:04:05.123', '2020-01-02T03:04:05.1234',
    '2020-01-02T03:04:05.123456', '2020-01-02T03:04:05.1234567', '2020-01-02T03:04:05,5', '2020-01-02 03:04:05',
    '2020-01-02x03:04:05', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05+05:30', '2020-01-02T03:04:05-0530',
    '2020-01-02T03:04:05+05', '2020-01-02T03:04:05+05:30:15', '2020-01-02T03:04:05+05:30:15.5', '2020-01-02T24:00:00',
    '2020-01-02T03:60', '2020-01-02T03:04:05+24:00', '2020-01-02T', '2020-01-02T03:', '2020-01-02T3:04',
    '20200102T030405Z', '2020-01-02T03:04:05.', '2020-01-02T03:04:05+', '2020-01-02T03:04:05z', '2020-01-02T03:04:05 +01:00',
    '03:04', '03:04:05', '030405', '0304', '03', 'T03:04:05', '03:04:05.5Z', '03:04:05+01:00', '3:04', '03:4', '25:00',
    '03:04:05.123456789', '03:04:05-00:00', '', 'x', '2020-01-02T03:04:05.123+05:30', '１２:00', '2020-０1-02',
    '2020-01-02T03:04:05.000001-23:59', '2020-01-02T03:04:05,123', '2020-01-02T03:04:5', '12:34:56.', '12.5',
]

_STRPTIME_CASES = [
    ('2020-01-02', '%Y-%m-%d'), ('2020-1-2', '%Y-%m-%d'), ('20200102', '%Y%m%d'), ('2020112', '%Y%m%d'),
    ('31/12/99', '%d/%m/%y'), ('1/1/68', '%d/%m/%y'), ('1/1/69', '%d/%m/%y'), ('Mon Jan  6 12:00:00 2020', '%c'),
    ('12:30 PM', '%I:%M %p'), ('12:30 am', '%I:%M %p'), ('1:05 pm', '%I:%M %p'), ('12', '%I'), ('February 3', '%B %d'),
    ('feb 29', '%b %d'), ('2020 feb 29', '%Y %b %d'), ('2020 366', '%Y %j'), ('2021 366', '%Y %j'), ('2020 1 1', '%Y %U %w'),
    ('2020 0 0', '%Y %W %w'), ('2019 52 6', '%Y %U %w'), ('2023 0 3', '%Y %U %w'), ('2018 0 1', '%Y %W %w'),
    ('2020 W05 3', '%G W%V %u'), ('2020 05', '%G %V'), ('2020 05 3', '%Y %V %u'), ('2020', '%G'),
    ('10:20:30.5', '%H:%M:%S.%f'), ('10:20:30.1234567', '%H:%M:%S.%f'), ('2020-01-02 03:04:05 +0530', '%Y-%m-%d %H:%M:%S %z'),
    ('2020-01-02 03:04:05 -05:30', '%Y-%m-%d %H:%M:%S %z'), ('2020-01-02 Z', '%Y-%m-%d %z'), ('+0102 03', '%z %H'),
    ('+010203', '%z'), ('+01:02:03.5', '%z'), ('+01:0203', '%z'), ('UTC 2020', '%Z %Y'), ('gmt', '%Z'), ('EST', '%Z'),
    ('2020', '%Y %'), ('2020', '%Q'), ('2020x', '%Y'), ('x2020', '%Y'), ('2020  01', '%Y %m'), ('2020	01', '%Y %m'),
    ('202001', '%Y %m'), ('%2020', '%%%Y'), ('60', '%S'), ('61', '%S'), ('62', '%S'), ('24', '%H'), ('00', '%I'),
    ('monday 2020 1 1', '%A %Y %W %w'), ('Tue', '%a'), ('tuesday', '%a'), ('0', '%w'), ('7', '%u'), ('8', '%u'),
    ('99', '%y'), ('', ''), ('', '%Y'), ('1', '%m'), ('13', '%m'), ('0', '%d'), ('12/31/20', '%x'), ('23:59:59', '%X'),
    ('2020-12-31T23:59:59', '%Y-%m-%dT%H:%M:%S'), ('1999 12 31 23 59', '%Y %m %d %H %M'), ('٢٠٢٠', '%Y'),
    ('2020-02-30', '%Y-%m-%d'), ('0001', '%Y'), ('0000', '%Y'), ('29 feb', '%d %b'),
]

_DATETIME_EXPRS = [
    "M.date(2020, 1, 1) + 1", "M.timedelta(1) + 1", "1 - M.timedelta(1)", "M.timedelta(1) < 1", "M.time(1) + M.timedelta(1)",
    "M.timedelta(1) / 'x'", "M.date()", "M.datetime(2020)", "M.datetime(2020, 1)", "M.date(b'\\x07\\xe4\\x01\\x02')",
    "M.datetime.strptime('+0102:03', '%z')", "M.datetime.strptime('+01:02:03.1234567', '%z')",
    "M.datetime.strptime('UTC +0100', '%Z %z')", "M.datetime.strptime('+01:02:03.12 X', '%z X')",
    "M.timedelta(hours=-1)", "str(M.timedelta(hours=-1))", "str(M.timedelta(days=-2, microseconds=1))",
    "M.timedelta(1) / 3", "M.timedelta(1) * 0.1", "M.timedelta(seconds=1.5e-6)", "M.timedelta(microseconds=-0.5)",
    "M.date(2020, 12, 31).isocalendar()", "M.date(5, 1, 1).strftime('%Y %y %G %C %c')", "M.date(950, 1, 1).strftime('%Y %C %G %g')",
    "M.datetime(2024, 2, 29, 13, 5, 7, 1234).strftime('%5Y %-d %_d %0d %^a %#b %10A %-j %_H %-I %-m')",
    "M.datetime(2024, 2, 29, 3, 5, 7, 1234).strftime('%e %k %l %-e %0e %Ey %Oy %E %q %P %r %s %+ %:z %')",
    "M.datetime(2024, 2, 29, tzinfo=M.timezone(M.timedelta(hours=5), 'A%dB')).strftime('%Z %z')",
    "M.datetime(2020, 1, 1, tzinfo=M.timezone(M.timedelta(hours=-5, seconds=7))).strftime('%z %Z')",
    "M.datetime(2020, 1, 1, tzinfo=M.timezone(M.timedelta(hours=5, microseconds=7))).strftime('%z %Z')",
    "M.time(1, 2, 3).strftime('%Y-%m-%d %H %j %a %U %W %G %V')", "M.time(13, 2, tzinfo=M.timezone.utc).strftime('%I %p %Z %z %f')",
    "M.datetime.fromtimestamp(1e20)", "M.datetime.fromtimestamp(10 ** 12)", "M.datetime.fromtimestamp(-10 ** 12)",
    "M.datetime.fromtimestamp('x')", "M.datetime.utcfromtimestamp(None)", "M.datetime.fromtimestamp(0, 5)",
    "M.date.fromtimestamp(0)", "M.datetime.utcfromtimestamp(0.9999996)", "M.datetime.utcfromtimestamp(-0.0000005)",
]


def _random_text(rng):
    words = ['a', 'bb', 'hello', 'world', 'x' * rng.randrange(1, 40), 'é', '\\', "'", '"', '\t', ' ', '  ', '\n']
    return ''.join(rng.choice(words) + rng.choice(['', ' ', '  ', '\n']) for _ in range(rng.randrange(0, 30)))


def _random_data(rng, depth, kinds):
    """A nested structure of the containers pprint lays out specially."""
    import collections
    import dataclasses
    import types
    if depth <= 0 or rng.random() < 0.3:
        return rng.choice([
            lambda: rng.randrange(-10 ** 12, 10 ** 12), lambda: 10 ** rng.randrange(30), lambda: rng.random(),
            lambda: None, lambda: True, lambda: _random_text(rng), lambda: bytes(rng.randrange(256) for _ in range(rng.randrange(40))),
            lambda: bytearray(rng.randrange(256) for _ in range(rng.randrange(30))), lambda: 'word ' * rng.randrange(30),
            lambda: rng.choice([1j, -0.0, float('inf'), (), [], {}, set(), frozenset(), '', b'']),
        ])()
    n = rng.randrange(0, 7)
    children = [_random_data(rng, depth - 1, kinds) for _ in range(n)]
    keys = [rng.choice([rng.randrange(100), 'k%d' % rng.randrange(50), (rng.randrange(3), 'x'), 1.5, None, 'a' * rng.randrange(1, 30)])
            for _ in range(n)]
    kind = rng.choice(kinds)
    if kind == 'list':
        return children
    if kind == 'tuple':
        return tuple(children)
    if kind == 'dict':
        return dict(zip(keys, children))
    if kind == 'set':
        return set(k for k in keys)
    if kind == 'frozenset':
        return frozenset(keys)
    if kind == 'odict':
        return collections.OrderedDict(zip(keys, children))
    if kind == 'ddict':
        return collections.defaultdict(rng.choice([list, int, None]), zip(keys, children))
    if kind == 'counter':
        return collections.Counter({k: rng.randrange(-5, 100) for k in keys})
    if kind == 'chain':
        return collections.ChainMap(*[dict(zip(keys[:i], children)) for i in range(rng.randrange(0, 3))])
    if kind == 'deque':
        return collections.deque(children, rng.choice([None, 3, 10]))
    if kind == 'udict':
        return collections.UserDict(zip(keys, children))
    if kind == 'ulist':
        return collections.UserList(children)
    if kind == 'ustr':
        return collections.UserString(_random_text(rng))
    if kind == 'ns':
        return types.SimpleNamespace(**{'f%d' % i: c for i, c in enumerate(children)})
    if kind == 'proxy':
        return types.MappingProxyType(dict(zip(keys, children)))
    if kind == 'dc':
        return _Point(children, keys)
    return children


try:
    import dataclasses as _dataclasses

    @_dataclasses.dataclass
    class _Point:
        values: list
        names: list
        hidden: int = _dataclasses.field(default=0, repr=False)
except ImportError:
    pass


def check_pprint():
    real = importlib.import_module('pprint')
    mine = load('pprint')
    rng = _rnd.Random(31)
    basic = ['list', 'tuple', 'dict', 'set', 'frozenset']
    extended = basic + ['odict', 'ddict', 'counter', 'chain', 'deque', 'udict', 'ulist', 'ustr', 'ns', 'proxy', 'dc']
    for trial in range(2500):
        data = _random_data(rng, rng.randrange(1, 5), basic if trial % 2 else extended)
        if trial % 50 == 0:
            data = [data, {'self': None}]
            data[1]['self'] = data
            data.append(data)
        options = dict(width=rng.choice([80, 80, 40, 20, 10, 1, 120, -5]), indent=rng.choice([1, 1, 0, 2, 4]),
                       depth=rng.choice([None, None, 1, 2, 3]), compact=rng.random() < 0.4,
                       sort_dicts=rng.random() < 0.7, underscore_numbers=rng.random() < 0.2)
        agree('pprint', 'pformat %r %r' % (options, data), lambda: real.pformat(data, **options),
              lambda: mine.pformat(data, **options))
        if trial % 10 == 0:
            for fn in ('saferepr', 'isreadable', 'isrecursive'):
                agree('pprint', '%s %r' % (fn, data), lambda: getattr(real, fn)(data), lambda: getattr(mine, fn)(data))
    for text in ['', 'a', 'x' * 100, 'hello world ' * 20, 'line one\nline two\n' * 8, ' lead', 'trail  ', '\n\n\n' * 30,
                 'a' * 79, 'a' * 78 + ' b', 'unicode é ü ' * 15, '\t tabs \t ' * 20]:
        for width in (80, 30, 10, 1):
            for wrap in (lambda t: t, lambda t: [t], lambda t: {'key': t}, lambda t: (t, t), lambda t: [[t]]):
                agree('pprint', 'str %r %d' % (text, width), lambda: real.pformat(wrap(text), width=width),
                      lambda: mine.pformat(wrap(text), width=width))
    for blob in [b'', b'abcd', b'abcde', bytes(range(256)), b'hello world ' * 10, bytearray(b'x' * 50)]:
        for width in (80, 30, 10):
            for wrap in (lambda t: t, lambda t: [t], lambda t: {'k': t}):
                agree('pprint', 'bytes %r %d' % (blob, width), lambda: real.pformat(wrap(blob), width=width),
                      lambda: mine.pformat(wrap(blob), width=width))
    compare_snippets('pprint', [
        "M.pprint({'b': [1, 2, 3] * 10, 'a': ('x' * 30, 'y' * 30)})",
        "M.pp({'b': 1, 'a': 2}, width=5)",
        "import io\ns = io.StringIO()\nM.pprint(list(range(40)), s, compact=True, width=30)\nprint(repr(s.getvalue()))",
        "M.PrettyPrinter(indent=-1)", "M.PrettyPrinter(depth=0)", "M.PrettyPrinter(width=0)", "M.PrettyPrinter(indent='x')",
        "p = M.PrettyPrinter(width=20, indent=3)\np.pprint([{'aaaa': 1, 'bbbb': 2}, [3, 4, 5, 6, 7, 8, 9, 10]])\nprint(p.pformat((1,)), p.isreadable([1, 2]), p.isrecursive([1]))",
        "a = [1]\na.append(a)\nprint(M.isrecursive(a), M.isreadable(a), M.saferepr(a) == '[1, <Recursion on list with id=%d>]' % id(a))",
        "class C:\n    pass\nprint(M.isreadable(C()), M.isreadable(1.5), M.isreadable({1: [2, (3,)]}), M.saferepr({2: 1, 1: 2}))",
        "print(M.pformat(10 ** 20, underscore_numbers=True), M.pformat([10 ** 6, True, 1.0], underscore_numbers=True))",
        "class L(list):\n    pass\nclass R(list):\n    def __repr__(self):\n        return 'R!'\nprint(M.pformat(L(range(30)), width=20)); print(M.pformat(R(range(30)), width=20))",
        "class P(M.PrettyPrinter):\n    def format(self, object, context, maxlevels, level):\n        if isinstance(object, str):\n            return object.upper(), True, False\n        return M.PrettyPrinter.format(self, object, context, maxlevels, level)\nprint(P(width=10).pformat(['abc', {'x': 'y'}, ('q' * 20,)]))",
        "print(M.pformat({3: 1, 'a': 2, (1,): 3, None: 4, 1.5: 5}))",
        "print(M.pformat({frozenset({1}): 1, frozenset({2}): 2}, width=10), M.pformat({1, 'a', None, (2,)}, width=5))",
        "import collections\nprint(M.pformat(collections.OrderedDict(), width=1), M.pformat(collections.Counter(), width=1), M.pformat(collections.deque(), width=1))",
        "print(M.__all__)",
    ])


def _random_decimal_text(rng):
    kind = rng.randrange(20)
    if kind == 0:
        return rng.choice(['NaN', '-NaN', 'sNaN', 'NaN12', 'Infinity', '-Inf', '-0', '0E+3', '-0.000'])
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.choice([1, 1, 2, 3, 5, 9, 20, 35])))
    sign = rng.choice(['', '', '-', '+'])
    exp = rng.choice([0, 0, 0, rng.randrange(-12, 12), rng.randrange(-40, 40), rng.randrange(-120, 120)])
    point = rng.randrange(len(digits) + 1)
    body = digits[:point] + '.' + digits[point:] if rng.random() < 0.5 else digits
    if body == '.':
        body = '0'
    return sign + body + ('E%d' % exp if exp else '')


def _decimal_context(M, rng):
    small = rng.random() < 0.3
    return M.Context(prec=rng.choice([1, 2, 3, 5, 9, 16, 28, 28, 40]),
                     rounding=rng.choice(['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_UP',
                                          'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_05UP']),
                     Emin=rng.randrange(-30, 0) if small else -999999, Emax=rng.randrange(0, 30) if small else 999999,
                     clamp=rng.choice([0, 0, 1]), traps=[])


def _decimal_outcome(M, seed, texts, op, trapped):
    """(result str, flags) of op under a context built from seed, or the exception."""
    ctx = _decimal_context(M, _rnd.Random(seed))
    if trapped:
        for signal in (M.InvalidOperation, M.DivisionByZero, M.Overflow):
            ctx.traps[signal] = True
    values = [M.Decimal(t) for t in texts]
    try:
        with M.localcontext(ctx) as c:
            result = op(M, c, *values)
        flags = sorted(k.__name__ for k, v in c.flags.items() if v)
        if isinstance(result, tuple):
            return tuple(str(r) for r in result), flags
        return (str(result) if isinstance(result, M.Decimal) else result), flags
    except NotImplementedError:
        return 'not implemented in pvm'
    except Exception as e:
        return 'raise', type(e).__name__, str(e).replace('pvm_', '')


_DECIMAL_OPS = {
    '+': lambda M, c, a, b: a + b, '-': lambda M, c, a, b: a - b, '*': lambda M, c, a, b: a * b,
    '/': lambda M, c, a, b: a / b, '//': lambda M, c, a, b: a // b, '%': lambda M, c, a, b: a % b,
    'divmod': lambda M, c, a, b: divmod(a, b), 'neg': lambda M, c, a, b: -a, 'pos': lambda M, c, a, b: +a,
    'abs': lambda M, c, a, b: abs(a), '==': lambda M, c, a, b: (a == b, a != b),
    '<': lambda M, c, a, b: (a < b, a <= b, a > b, a >= b), 'cmp': lambda M, c, a, b: a.compare(b),
    'max': lambda M, c, a, b: (a.max(b), a.min(b)), 'sqrt': lambda M, c, a, b: a.sqrt(),
    'quantize': lambda M, c, a, b: a.quantize(b), 'normalize': lambda M, c, a, b: a.normalize(),
    'int': lambda M, c, a, b: (int(a), round(a), a.__floor__(), a.__ceil__()),
    'exact': lambda M, c, a, b: (a.to_integral_exact(), a.is_normal(), a.is_subnormal()), 'float': lambda M, c, a, b: repr(float(a)),
    'round': lambda M, c, a, b: round(a, 2), 'integral': lambda M, c, a, b: a.to_integral_value(),
    'hash': lambda M, c, a, b: None if a.is_nan() else hash(a), 'tuple': lambda M, c, a, b: (a.as_tuple(), a.adjusted(), repr(a)),
    'ratio': lambda M, c, a, b: a.as_integer_ratio(), 'eng': lambda M, c, a, b: a.to_eng_string(),
    'create': lambda M, c, a, b: c.create_decimal(a), 'pow': lambda M, c, a, b: a ** (int(b) % 7 - 3),
    'pred': lambda M, c, a, b: (a.is_nan(), a.is_snan(), a.is_qnan(), a.is_infinite(), a.is_finite(), a.is_zero(), a.is_signed(), bool(a)),
    'int ops': lambda M, c, a, b: (a + 7, 7 - a, a * -3, 2 / a if a else None, a == 3, a < 3, 3 < a),
    'copy': lambda M, c, a, b: (a.copy_abs(), a.copy_negate(), a.copy_sign(b), a.same_quantum(b)),
}


def check_decimal():
    real = importlib.import_module('decimal')
    mine = load('decimal')
    rng = _rnd.Random(41)
    for _ in range(12000):
        texts = [_random_decimal_text(rng), _random_decimal_text(rng)]
        name = rng.choice(list(_DECIMAL_OPS))
        if name == 'quantize' and rng.random() < 0.7:
            texts[1] = rng.choice(['1', '0.01', '1E+2', '1E-5', '0.1', '1E-40'])
        seed = rng.randrange(10 ** 9)
        trapped = rng.random() < 0.3
        op = _DECIMAL_OPS[name]
        mine_outcome = _decimal_outcome(mine, seed, texts, op, trapped)
        if mine_outcome == 'not implemented in pvm':
            # pvm's decimal refuses (NotImplementedError) rather than guess.
            continue
        agree('decimal', '%s %r seed=%d trapped=%s' % (name, texts, seed, trapped),
              lambda: _decimal_outcome(real, seed, texts, op, trapped), lambda: mine_outcome)
    for text in ['1_000.5', ' 1.5 ', '_1', '1__0', '.', '1.', '.5', '1e', 'e5', '+-1', '1e+', '١٢', 'Infinite', 'nan-1', '  ',
                 'inf', '-INFINITY', 'snan007', '1E-1000020', '123.456e10', '-0', '0.000001', '1e-7', '1' * 50, 'abc', '']:
        agree('decimal', 'parse %r' % text, lambda: _decimal_outcome(real, 1, [], lambda M, c: repr(M.Decimal(text)), True),
              lambda: _decimal_outcome(mine, 1, [], lambda M, c: repr(M.Decimal(text)), True))
    specs = ['', '.1f', '.2f', '.0f', 'f', '.3', '.2g', 'g', 'G', 'e', '.2e', '.0e', 'E', '%', '.1%', ',', ',.2f', '015,.2f',
             '>15.1f', '*^15.1f', '+.1f', ' .1f', 'z.2f', '=+10', '=10', '010', '<10', 'n', '_f', '#g', 'x', '.f', '012,', '06,.0f',
             '10.3e', '-^20,.4f', 'z.0f', '.10g', '08.3%', ',.0%']
    for _ in range(3000):
        text = _random_decimal_text(rng)
        spec = rng.choice(specs)
        rounding = rng.choice(['ROUND_HALF_EVEN', 'ROUND_DOWN', 'ROUND_UP', 'ROUND_HALF_UP', 'ROUND_FLOOR'])

        def fmt(M, c):
            c.rounding = rounding
            return format(M.Decimal(text), spec)
        agree('decimal', 'format %r %r %s' % (text, spec, rounding), lambda: _decimal_outcome(real, 1, [], fmt, True),
              lambda: _decimal_outcome(mine, 1, [], fmt, True))
    for x in [0.1, -0.0, 1e300, 5e-324, float('inf'), float('nan'), 2.5, 123456789.125]:
        agree('decimal', 'float %r' % x, lambda: repr(real.Decimal(x)), lambda: repr(mine.Decimal(x)))
        agree('decimal', 'hash %r' % x, lambda: hash(real.Decimal(x)) == hash(x) if x == x else None,
              lambda: hash(mine.Decimal(x)) == hash(x) if x == x else None)
    compare_snippets('decimal', [
        "print(M.getcontext())", "print(M.DefaultContext, M.BasicContext, M.ExtendedContext)",
        "c = M.Context(prec=5, rounding=M.ROUND_DOWN)\nprint(c, c.Etiny(), c.Etop(), c.create_decimal('1.234567'), c.flags[M.Inexact])",
        "M.Context(prec=0)", "M.Context(rounding='x')", "M.Context(Emin=1)", "M.Context(Emax=-1)", "M.Context(clamp=2)",
        "M.Decimal([])", "M.Decimal((0, (1, 2), -1))", "M.Decimal((0, (1, 10), -1))", "M.Decimal((2, (1,), 0))", "M.Decimal(1j)",
        "M.Decimal('NaN') < 1", "M.Decimal('sNaN') == 1", "M.Decimal(1) / 0", "M.Decimal(0) / 0",
        "M.Decimal(1) % 0", "M.Decimal(1) // 0", "divmod(M.Decimal(1), 0)", "M.Decimal('9e999999') * 10", "M.Decimal('abc')",
        "round(M.Decimal('NaN'))", "round(M.Decimal('Inf'))", "int(M.Decimal('-Inf'))", "float(M.Decimal('sNaN'))", "hash(M.Decimal('sNaN'))",
        "print(M.Decimal('1.1') + M.Decimal('2.2'), M.Decimal(1) / 7, M.Decimal('3.14159').quantize(M.Decimal('0.01')), sum(M.Decimal('0.1') for _ in range(10)))",
        "with M.localcontext() as c:\n    c.prec = 5\n    print(M.Decimal(1) / 3, c.prec)\nprint(M.Decimal(1) / 3)",
        "with M.localcontext(prec=3, rounding=M.ROUND_UP):\n    print(M.Decimal(2) / 3)",
        "print(M.Decimal(1) == 1.0, M.Decimal('0.5') < 0.75, M.Decimal('1.5') == __import__('fractions').Fraction(3, 2), M.Decimal(2) > __import__('fractions').Fraction(3, 2))",
        "print(sorted([M.Decimal('1.5'), M.Decimal(-2), M.Decimal('0.3')]), {M.Decimal('1.0'): 'x'}[1], M.Decimal(5) in {5})",
        "print(M.Decimal('12.345').as_tuple(), M.Decimal('-0').as_tuple(), M.Decimal('Inf').as_tuple(), M.Decimal.from_float(0.5), M.Decimal.from_float(3))",
        "import copy, pickle\nd = M.Decimal('1.50')\nprint(copy.copy(d) is d, pickle.loads(pickle.dumps(d)), d.__reduce__()[1])",
        "class D(M.Decimal):\n    pass\nprint(repr(D('1.5')), type(D('1.5') + 1).__name__, isinstance(D(1), M.Decimal))",
        "import numbers\nprint(isinstance(M.Decimal(1), numbers.Number), isinstance(M.Decimal(1), numbers.Real))",
        "print(M.Decimal(2) ** 10, M.Decimal('1.5') ** -2, M.Decimal('-2') ** 3, M.Decimal(0) ** 5, M.Decimal(10) ** 30, M.Decimal('Inf') ** -1)",
        "M.Decimal(0) ** 0", "M.Decimal(10) ** 1000000", "print(M.Decimal('0.1') ** 1000000)",
        "print(issubclass(M.DivisionByZero, ZeroDivisionError), issubclass(M.FloatOperation, TypeError), M.Overflow.__mro__[1:4])",
        "c = M.getcontext()\nc.traps[M.FloatOperation] = True\ntry:\n    M.Decimal(1) < 1.5\nexcept M.FloatOperation as e:\n    print('raised', e)\nprint(M.Decimal(1) == 1.5, M.Decimal(1.5))\nc.traps[M.FloatOperation] = False",
        "c = M.Context()\nprint(c.flags)\nc.flags[M.Inexact] = True\nc.clear_flags()\nprint(c.flags[M.Inexact], c.traps[M.Overflow])",
        "print(M.Decimal('1E+2').to_eng_string(), M.Decimal('0E+5').to_eng_string(), M.Decimal('0E-7').to_eng_string(), M.Decimal('-123E-9').to_eng_string())",
        "print(M.getcontext().add(1, 2), M.getcontext().divide(M.Decimal(1), 8), M.getcontext().power(M.Decimal(2), 5))",
    ])


def main(argv):
    checks = {'decimal': check_decimal, 'numbers': check_numbers, 'fractions': check_fractions, 'datetime': check_datetime, 'pprint': check_pprint}
    names = argv or list(checks)
    for name in names:
        try:
            checks[name]()
        except Exception:
            FAILURES.append((name, 'crashed', '', traceback.format_exc()))
    for name, label, expected, got in FAILURES[:40]:
        print('=' * 60)
        print('MISMATCH in %s: %s' % (name, label))
        print('--- CPython:\n%s\n--- pvm lib:\n%s' % (expected[:600], got[:600]))
    print('%d checks, %d mismatches' % (CHECKS[0], len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
