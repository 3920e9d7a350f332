from functools import singledispatch, singledispatchmethod
import collections.abc as cabc, numbers, decimal, fractions
@singledispatch
def kind(x): return 'object'
kind.register(cabc.Mapping, lambda x: 'mapping')
kind.register(cabc.Sequence, lambda x: 'sequence')
kind.register(cabc.Set, lambda x: 'set')
kind.register(numbers.Integral, lambda x: 'integral')
kind.register(numbers.Real, lambda x: 'real')
kind.register(str, lambda x: 'str')
kind.register(cabc.Iterable, lambda x: 'iterable')
for v in [{}, [], (), 'x', b'x', {1}, frozenset(), 1, True, 1.5, fractions.Fraction(1, 2), decimal.Decimal(1), iter([]), range(3), collections_od := __import__('collections').OrderedDict(), None, 2j]:
    print(type(v).__name__, kind(v))
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return k
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(kind(MyMap()))
class Both(cabc.Sized, cabc.Iterable):
    def __len__(self): return 0
    def __iter__(self): return iter(())
@singledispatch
def amb(x): return 'base'
amb.register(cabc.Sized, lambda x: 'sized')
amb.register(cabc.Container, lambda x: 'container')
class SC:
    def __len__(self): return 0
    def __contains__(self, x): return False
try: print(amb(SC()))
except RuntimeError as e: print('RuntimeError', e)
for v in ([1], Both()):
    try: print(amb(v))
    except RuntimeError as e: print('RuntimeError', e)
class A:
    @singledispatchmethod
    def f(self, x): return 'any'
    @f.register
    def _(self, x: cabc.Sequence): return 'seq'
    @f.register
    def _(self, x: int | None): return 'int-or-none'
print(A().f([]), A().f(3), A().f(None), A().f({}))
