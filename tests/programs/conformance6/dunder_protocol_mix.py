# __index__ in slices/range/hex, __format__ specs, __round__/__trunc__/__floor__/__ceil__, __missing__, __reversed__, __contains__ fallbacks, __iadd__ NotImplemented, reflected ops of subclasses, __hash__ = None.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
a = list(range(10))
print(a[Idx(2):Idx(7):Idx(2)], a[Idx(3)], hex(Idx(255)), oct(Idx(8)), bin(Idx(5)))
print(range(Idx(5)), list(range(Idx(1), Idx(6), Idx(2))), 'abc' * Idx(2), bytes(Idx(3)))
print(format(Idx(5).__index__(), '08b'), int.__index__(5), operator_index := __import__('operator').index(Idx(9)))
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith('$'):
            return '$' + format(self.c / 100, spec[:-1] or '.2f')
        return format(self.c, spec)
    def __round__(self, n=None): return Money(round(self.c, n if n is None else n - 2)) if n is not None else round(self.c / 100)
    def __trunc__(self): return self.c // 100
    def __floor__(self): return self.c // 100
    def __ceil__(self): return -(-self.c // 100)
    def __repr__(self): return f'Money({self.c})'
import math
m = Money(12345)
print(f'{m:$}', f'{m:10.1f$}', f'{m:>8}', format(m, '$'), '{:$}'.format(m), '{0:,}'.format(Money(1234567)))
print(round(m), round(m, 1), math.trunc(m), math.floor(m), math.ceil(m))
class LH:
    def __len__(self): raise TypeError('no len')
    def __length_hint__(self): return 7
    def __iter__(self): return iter([1, 2])
import operator
print(operator.length_hint(LH()), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 42))
class D(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
d = D(a=1)
print(d['hello'], d, d.get('zz'), 'zz' in d)
class R:
    def __reversed__(self): return iter('cba')
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(R())), list(R()))
class C:
    def __iter__(self): return iter([1, 2, 3])
print(2 in C(), 5 in C())
class G:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * i
print(9 in G(), 10 in G(), list(G()))
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return Acc(self.v + o)
    def __radd__(self, o): return Acc(o + self.v + 1000)
x = Acc(1); x += 5; print(x.v)
y = 5; y += Acc(1); print(y.v)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base())
class E:
    __hash__ = None
    def __eq__(self, o): return True
try: hash(E())
except TypeError as e: print(e)
print(E() == 3, E() != 3, {1: E()}[1] == 0)
class NE:
    def __eq__(self, o): return NotImplemented
print(NE() == NE(), NE() != NE(), NE() == 1)
print(isinstance(E.__hash__, type(None)), C.__hash__ is object.__hash__)
