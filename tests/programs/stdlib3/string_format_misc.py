import string, re, textwrap, reprlib, keyword, numbers, types, sys
from string import Formatter
class Upper(Formatter):
    def format_field(self, value, spec):
        if spec == 'u':
            return str(value).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}?>'
        return super().get_value(key, args, kwargs)
u = Upper(); print(u.format('{0:u} {name:u} {missing} {0!r:>6}', 'abc', name='bob'))
try:
    Formatter().format('{0} {1}', 1)
except IndexError as e:
    print('IndexError', e)
try:
    Formatter().format('{x}', y=1)
except KeyError as e:
    print('KeyError', e)
print(Formatter().format('{a[0]}-{b.real}-{c[k]}', a=[9], b=3, c={'k': 'v'}), Formatter().convert_field(3, 'r'), Formatter().format('{:{w}.{p}f}', 3.14159, w=8, p=2))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10
print(r.repr(list(range(10))), r.repr('x' * 40), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(3))), reprlib.repr(tuple(range(8))))
print(keyword.iskeyword('match'), keyword.iskeyword('for'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(float, numbers.Real))
from fractions import Fraction
from decimal import Decimal
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Decimal(1), numbers.Real), isinstance(Decimal(1), numbers.Number))
ns = types.SimpleNamespace(a=1, b=[2]); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns))
print(types.FunctionType, types.LambdaType is types.FunctionType, type(print) is types.BuiltinFunctionType, types.ModuleType('m'), types.MappingProxyType({'a': 1}))
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), type(gen).__name__, types.new_class('Dyn', (object,), {}).__name__, types.NoneType, types.EllipsisType)
mp = types.MappingProxyType({'k': 1}); print(mp['k'], list(mp.items()), 'k' in mp, len(mp), mp.get('z', 0), mp | {'z': 2})
print(f"{'left':<10}|{'mid':^9}|{'right':>8}|{3.14159:+.3f}|{42:#x}|{42:#o}|{42:08b}|{1234567:,}|{1234567.891:_.2f}|{0.25:%}|{1e-7:g}|{123456789:e}")
print('{:=^20}'.format(' hi '), '{0:{fill}{align}12}'.format('x', fill='*', align='>'), '%-5s|%5.1f|%03d|%x|%r|%c|%%' % ('ab', 2.25, 7, 255, 'q', 65))
print(format(1234.5, ',.1f'), format(-0.0, '.1f'), format(1e16, 'g'), format(123, 'c') if False else '', format(2**64, ','), format(0.1 + 0.2, '.17g'), format(float('nan'), '>5'), format(-5, ' d'))
print(string.Template('${x}y').substitute(x='X'), str.maketrans('ab', 'xy'), 'abcab'.translate(str.maketrans('ab', 'xy', 'c')))
print('%(name)s is %(age)d' % {'name': 'A', 'age': 3}, '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 3.14159), '%e' % 12345.678, '%g|%G' % (1e-10, 1e20))
print('{!a}'.format('é'), ascii('ü€'), repr('\x07\t'), '{0.__class__.__name__}'.format(1), '{:s}'.format('s'), '{}{}'.format(*'ab'))
try:
    '{:d}'.format('x')
except ValueError as e:
    print(e)
try:
    '{:.2f}'.format('x')
except ValueError as e:
    print(e)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(e)
import types
m = types.ModuleType('plugin', 'Plugin doc'); m.x = 5; print(m, m.__name__, m.__doc__, m.x, sorted(k for k in vars(m) if k.startswith('__')))
class Lazy(types.ModuleType):
    def __getattr__(self, name): return name.upper()
lz = Lazy('lazy'); print(lz.anything, type(lz).__name__, isinstance(lz, types.ModuleType), lz.__doc__)
for bad in [lambda: types.ModuleType(), lambda: types.ModuleType(5), lambda: types.ModuleType('a', 'b', 'c')]:
    try:
        bad()
    except TypeError as e:
        print(e)
sys.modules['fake_mod'] = m
import fake_mod
print(fake_mod.x, types.ModuleType(name='kw').__name__)
