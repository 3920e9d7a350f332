# Operator overloading on user classes: @ and @=, __pow__, __neg__, __hash__ = None,
# __radd__ via sum(), __format__/__round__, and the TypeError of every
# protocol a class does not implement; import errors.
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __imatmul__(self, o): self.rows = (self @ o).rows; return self
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij; self.rows[i][j] = v
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __repr__(self): return f'Matrix({self.rows})'
    def __neg__(self): return Matrix([[-x for x in r] for r in self.rows])
    def __pow__(self, n, mod=None):
        r = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n): r @= self
        return r
m = Matrix([[1, 1], [1, 0]])
print(m ** 10, m[0, 1], -m, m == Matrix([[1, 1], [1, 0]]), pow(m, 3))
m[0, 0] = 5; print(m)
try: hash(m)
except TypeError as e: print(e)
try: {m}
except TypeError as e: print(e)
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        if isinstance(o, int): return Money(self.c + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return f'${self.c / 100:.2f}'
    def __format__(self, spec): return format(self.c / 100, spec or '.2f')
    def __round__(self, n=None): return Money(round(self.c, -2))
print(sum([Money(150), Money(275)]), Money(1) + 5, 5 + Money(1), f'{Money(12345):>10.1f}|{Money(5)}', round(Money(1250)))
try: Money(1) + 'a'
except TypeError as e: print(e)
try: 'a' + Money(1)
except TypeError as e: print(e)
try: Money(1) < Money(2)
except TypeError as e: print(e)
try: Money(1) @ Money(2)
except TypeError as e: print(e)
try: -Money(1)
except TypeError as e: print(e)
try: Money(1)[0]
except TypeError as e: print(e)
try: Money(1)()
except TypeError as e: print(e)
try: len(Money(1))
except TypeError as e: print(e)
try: iter(Money(1))
except TypeError as e: print(e)
try: Money(1)[0] = 1
except TypeError as e: print(e)
try: del Money(1)[0]
except TypeError as e: print(e)
try:
    for _ in Money(1): pass
except TypeError as e: print(e)
try: a, b = Money(1)
except TypeError as e: print(e)
try:
    with Money(1): pass
except TypeError as e: print(e)
try: int(Money(1))
except TypeError as e: print(e)
try: [1][Money(1)]
except TypeError as e: print(e)
try: 'x' * Money(1)
except TypeError as e: print(e)
try: Money(1) < 1
except TypeError as e: print(e)
try: abs(Money(1))
except TypeError as e: print(e)
try: Money(1) ** 2
except TypeError as e: print(e)
try: divmod(Money(1), 2)
except TypeError as e: print(e)
x = Money(1); x += 1; print(x)
try: x -= 1
except TypeError as e: print(e)
try: import nonexistent_mod
except ImportError as e: print(type(e).__name__, e, e.name)
try: from math import nothing
except ImportError as e: print(type(e).__name__, e.name, e.msg.split(' (')[0])
