#!/usr/bin/env python3
"""Check pvm's numbers, fractions, datetime and pprint (backends/runtime/lib/)
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
        "float(M.Fraction(10 ** 400, 3))", "print(float(M.Fraction(1, 10 ** 400)), M.Fraction(10 ** 400, 3) > 1e308)",
    ])


def main(argv):
    checks = {'numbers': check_numbers, 'fractions': check_fractions}
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
