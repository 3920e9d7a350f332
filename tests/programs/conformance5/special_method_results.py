import operator, sys
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [-1, 2**63, 2**100, True, 3.0, '3']:
    try: print(len(L(n)))
    except Exception as e: print(type(e).__name__, e)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in [1, None, 'x', 0.0, True]:
    try: print(bool(B(v)))
    except Exception as e: print(type(e).__name__, e)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [2**64, -1, 2**61 - 1, 2**61, -2**61, 1.5, True]:
    try: print(hash(H(v)))
    except Exception as e: print(type(e).__name__, e)
class I:
    def __iter__(self): return 5
try: iter(I())
except TypeError as e: print(e)
try: list(I())
except TypeError as e: print(e)
class LH:
    def __length_hint__(self): return 7
    def __iter__(self): return iter([1, 2])
print(operator.length_hint(LH()), operator.length_hint([1, 2, 3]), operator.length_hint(iter([1]), 5), operator.length_hint(object(), 9), list(LH()))
class BadLH:
    def __length_hint__(self): return -1
try: operator.length_hint(BadLH())
except ValueError as e: print(e)
class M(dict):
    def __missing__(self, k): return k * 2
m = M(a=1)
print(m['a'], m['zz'], m.get('q'), 'q' in m, dict(m))
class GI:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(list(GI()), 20 in GI(), 25 in GI(), list(reversed([*GI()])), [x for x in GI()])
class EQ:
    def __eq__(self, o): return 'yes'
print([1, EQ()].index(5) if False else [EQ()].count(1), EQ() in [1], [1].index(EQ()) if False else '', EQ() == 1, 1 == EQ(), EQ() != 1)
class NoBool:
    def __eq__(self, o): return NoBool()
    def __bool__(self): raise RuntimeError('no bool')
try: print(NoBool() in [1])
except RuntimeError as e: print(e)
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], [0, 1, 2, 3][Idx():], 'abcd'[:Idx()], range(10)[Idx()], bin(Idx()), (5).to_bytes(Idx(), 'big'), [1] * Idx(), operator.index(Idx()))
class BadIdx:
    def __index__(self): return 'x'
try: [1][BadIdx()]
except TypeError as e: print(e)
class Cmp:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try: sorted([Cmp(), Cmp()])
except TypeError as e: print(e)
try: Cmp() < Cmp()
except TypeError as e: print(e)
try: max([Cmp(), Cmp()])
except TypeError as e: print(e)
class Rev:
    def __reversed__(self): return 'not an iterator'
try: print(reversed(Rev()))
except TypeError as e: print(e)
class Cont:
    def __contains__(self, x): return []
print(1 in Cont(), 1 not in Cont())
class R:
    def __repr__(self): return 5
try: repr(R())
except TypeError as e: print(e)
class S:
    def __str__(self): return None
try: str(S())
except TypeError as e: print(e)
try: print(S())
except TypeError as e: print(e)
class F:
    def __format__(self, spec): return 42
try: format(F())
except TypeError as e: print(e)
try: f'{F()}'
except TypeError as e: print(e)
class Len0:
    def __len__(self): return 0
print(bool(Len0()), not Len0(), 'truthy' if Len0() else 'falsy')
class CallMe:
    def __call__(self, *a, **k): return a, k
print(CallMe()(1, x=2), callable(CallMe()), callable(CallMe))
class GA:
    def __getattr__(self, n):
        if n.startswith('_'): raise AttributeError(n)
        return n.upper()
g = GA(); print(g.foo, getattr(g, 'bar'), hasattr(g, '_x'), getattr(g, '_y', 'dflt'))
class GAT:
    def __getattribute__(self, n):
        if n == 'secret': raise AttributeError('hidden')
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return f'fallback {n}'
print(GAT().secret, GAT().__class__.__name__)
class SA:
    def __setattr__(self, n, v):
        print('set', n, v); super().__setattr__(n, v * 2 if isinstance(v, int) else v)
    def __delattr__(self, n): print('del', n); super().__delattr__(n)
s = SA(); s.x = 5; print(s.x); del s.x
try: del s.x
except AttributeError as e: print(e)
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
