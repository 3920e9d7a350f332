# A matrix class with operator overloading (+ - * @ ** unary, reflected forms, NotImplemented), item access, iteration and errors.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = [list(r) for r in rows]
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __repr__(self): return f'Matrix({self.rows!r})'
    def __str__(self):
        w = max(len(f'{v:g}') for r in self.rows for v in r)
        return '\n'.join(' '.join(f'{v:>{w}g}' for v in r) for r in self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __add__(self, o):
        if isinstance(o, (int, float)): return Matrix([[v + o for v in r] for r in self.rows])
        if not isinstance(o, Matrix): return NotImplemented
        if self.shape != o.shape: raise ValueError(f'shape mismatch {self.shape} vs {o.shape}')
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    __radd__ = __add__
    def __neg__(self): return self * -1
    def __sub__(self, o): return self + (-o)
    def __rsub__(self, o): return (-self) + o
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Matrix([[v * k for v in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        if not isinstance(o, Matrix): return NotImplemented
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2: raise ValueError(f'cannot multiply {n}x{m} by {m2}x{p}')
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, n):
        if n < 0: raise ValueError('negative power')
        r = Matrix.identity(self.shape[0])
        for _ in range(n): r = r @ self
        return r
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self): return (v for r in self.rows for v in r)
    def __len__(self): return self.shape[0] * self.shape[1]
    def __bool__(self): return any(self)
    def transpose(self): return Matrix(list(map(list, zip(*self.rows))))
    def det(self):
        n = self.shape[0]
        if n == 1: return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j+1:] for r in self.rows[1:]]).det() for j in range(n))
A = Matrix([[1, 2], [3, 4]]); B = Matrix([[0.5, -1], [2, 0]])
print(A + B, A - 1, 1 - A, 2 * A, A * 2.5, A @ B, A ** 3, -A, sep='\n---\n')
print(repr(A.transpose()), A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), A == Matrix([[1, 2], [3, 4]]), A != B, bool(Matrix([[0]])), len(A), list(A), A[1, 0])
A[0, 0] = 10; print(A.rows, sum(A), max(A), sorted(A, reverse=True))
for bad in [lambda: A @ Matrix([[1, 2, 3]]), lambda: A + Matrix([[1]]), lambda: A @ 3, lambda: A ** -1, lambda: Matrix([[1], [1, 2]]), lambda: hash(A), lambda: A + 'x', lambda: 'x' * A, lambda: A[5, 5]]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
