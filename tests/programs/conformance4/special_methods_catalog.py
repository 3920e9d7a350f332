# Special methods: __hash__/__eq__, __bool__/__len__ results, __index__, __format__, __repr__, numeric conversions, context managers, __class__ assignment
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try: hash(EqOnly())
except TypeError as e: print(e)
class EqHash(EqOnly):
    __hash__ = object.__hash__
print(hash(EqHash()) is not None)
class Child(EqOnly): pass
try: {Child()}
except TypeError as e: print(e)
class NoHash:
    __hash__ = None
try: hash(NoHash())
except TypeError as e: print(e)
import collections.abc as abc
print(isinstance(NoHash(), abc.Hashable), isinstance(EqHash(), abc.Hashable))
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class NegLen:
    def __len__(self): return -1
try: len(NegLen())
except ValueError as e: print(e)
try: bool(NegLen())
except ValueError as e: print(e)
class BigLen:
    def __len__(self): return 2**64
try: len(BigLen())
except OverflowError as e: print(e)
class FloatLen:
    def __len__(self): return 1.0
try: len(FloatLen())
except TypeError as e: print(e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self): return 3
        return I()
print(len(IdxLen()))
class Iterable:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Iterable(), 5 in Iterable())
class NotIter:
    __iter__ = None
try: iter(NotIter())
except TypeError as e: print(e)
try: 1 in NotIter()
except TypeError as e: print(e)
class GetItem:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
print(3 in GetItem(), list(GetItem()), [*GetItem()], tuple(GetItem()))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], 'abc'[Idx(-1)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [1, 2, 3][Idx(0):Idx(2)], operator_index := __import__('operator').index(Idx(7)))
print((2).__pow__(Idx(3)) if False else 0, int(Idx(4)) if hasattr(Idx, '__int__') else 'no __int__')
try: int(Idx(4))
except TypeError as e: print('int(Idx)', e)
class BadIdx:
    def __index__(self): return 'x'
try: [1][BadIdx()]
except TypeError as e: print(e)
class Fmt:
    def __format__(self, spec):
        return f'<{spec}>'
print(format(Fmt(), 'abc'), f'{Fmt():xyz}', '{:q}'.format(Fmt()), f'{Fmt()!s:>5}'[:3] if False else 0)
class BadFmt:
    def __format__(self, spec): return 5
try: format(BadFmt())
except TypeError as e: print(e)
class Rep:
    def __repr__(self): return 'Rep()'
print(str(Rep()), f'{Rep()}', [Rep()], f'{Rep()!s}', '%s %r' % (Rep(), Rep()))
class BadRep:
    def __repr__(self): return 5
try: repr(BadRep())
except TypeError as e: print(e)
class StrOnly:
    def __str__(self): return 'strval'
print(repr(StrOnly())[:9], str(StrOnly()), [StrOnly()].__len__())
import reprlib
class Tree:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return f'Tree({self.kids})'
t = Tree(); t.kids.append(t); print(repr(t))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return 42
    def __float__(self): return 4.2
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
import math
n = Num(1)
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n), -n, +n, ~n)
print(math.sqrt(n), math.isfinite(n))
class BadInt:
    def __int__(self): return 'x'
try: int(BadInt())
except TypeError as e: print(e)
class BadFloat:
    def __float__(self): return 1
try: float(BadFloat())
except TypeError as e: print(e)
class FloatSub(float): pass
class RetSub:
    def __float__(self): return FloatSub(2.5)
print(float(RetSub()))
class Cont:
    def __contains__(self, x): return x == 'yes'
print('yes' in Cont(), 'no' in Cont(), 'no' not in Cont())
class CallMe:
    def __call__(self, *a, **k): return (a, k)
print(CallMe()(1, x=2), callable(CallMe()))
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return True
with Ctx() as v:
    print('body', v)
    raise ValueError('suppressed')
print('after with')
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e: print(e)
try:
    with 5: pass
except TypeError as e: print(e)
class Dyn: pass
d = Dyn()
d.__class__ = type('Other', (), {'hello': lambda self: 'hi'})
print(d.hello(), type(d).__name__)
try: (1).__class__ = str
except TypeError as e: print(e)
print(Dyn.__name__, Dyn.__module__, Dyn.__bases__, Dyn.__mro__, Dyn.__dict__['__module__'], type(Dyn.__dict__).__name__)
Dyn.__name__ = 'Renamed'; print(Dyn, Dyn.__qualname__)
try: Dyn.__name__ = 5
except TypeError as e: print(e)
print(object.__subclasses__ is not None, int.__subclasses__()[:1], bool.__subclasses__())
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(type(WithMeta), WithMeta.__class__, Meta.__mro__)
