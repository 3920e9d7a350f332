# Operator dispatch with NotImplemented, reflected comparison, unary and in-place operators, __index__ uses, and the TypeErrors of missing protocols.
import operator
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f'V{self.c}'
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return sum(self.c) > sum(o.c) if isinstance(o, V) else NotImplemented
    def __bool__(self): return any(self.c)
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __pos__(self): return self
    def __invert__(self): return V(*reversed(self.c))
    def __and__(self, o): return 'and'
    def __rxor__(self, o): return 'rxor'
    def __ilshift__(self, n): self.c = self.c[n:]; return self
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, n): return 'dm'
    def __rdivmod__(self, n): return 'rdm'
    def __index__(self): return len(self.c)
    def __call__(self, *a, **k): return (a, k)
print(V(1) < V(2), V(3) > V(1), sorted([V(3), V(1), V(2)]), abs(V(3, 4)), +V(1), ~V(1, 2), V(1) & 1, 1 ^ V(0), V(1, 2) @ V(3, 4), divmod(V(), 3), divmod(3, V()))
v = V(1, 2, 3); v <<= 1; print(v, bool(V(0)), bool(V(0, 1)), [10, 20, 30][V(1)], bin(V(1, 2)), operator.index(V()), V()(1, k=2))
try: V(1) <= V(2)
except TypeError as e: print(e)
try: V(1) + 1
except TypeError as e: print(e)
try: 1 - V(1)
except TypeError as e: print(e)
try: -V(1)
except TypeError as e: print(e)
try: V(1) ** 2
except TypeError as e: print(e)
try: V(1)[0]
except TypeError as e: print(e)
try: len(V())
except TypeError as e: print(e)
try: del V(1)[0]
except TypeError as e: print(e)
try: V(1)[0] = 1
except TypeError as e: print(e)
try: 1 in V(1)
except TypeError as e: print(e)
try: hash(V())
except TypeError as e: print(e)
try: iter(V())
except TypeError as e: print(e)
try: round(V())
except TypeError as e: print(e)
try: int(V(1, 2))
except TypeError as e: print(e)
print(float.__index__ if hasattr(float, '__index__') else 'no float index', int(V(1, 2, 3)) if hasattr(V, '__int__') else 'no __int__')
try: float(V())
except TypeError as e: print(e)
try: complex(V())
except TypeError as e: print(e)
try: 'abc'[V(1):V(2, 3):'x']
except TypeError as e: print(e)
try: [1] * V(1, 1)
except TypeError as e: print(e)
print([1] * V(1, 1), 'ab' * V(1, 1, 1), range(10)[V(1):V(1, 2, 3)])
