# min() and max() of two arguments: exact ints and floats take a direct comparison
# (NaN, ties, -0.0 and mixed int/float keep CPython's choice of object); bools,
# subclasses, big ints and other types take the general path.
nan = float('nan'); inf = float('inf')
class F(float): pass
class I(int): pass
vals = [nan, inf, -inf, 0.0, -0.0, 1.5, 3, 0, -2, True, False, F(2.0), I(2), 2**60, 2**53 + 1, float(2**53), 'x', None, (1,)]
for a in vals:
    for b in vals:
        for f in (min, max):
            try:
                r = f(a, b)
                print(f.__name__, repr(a), repr(b), repr(r), type(r).__name__, r is a, r is b)
            except TypeError as e:
                print(f.__name__, repr(a), repr(b), 'TypeError', e)
print(max(1, 2, key=lambda v: -v), min([3, 1]), max(1.0, 2), min(0, 0.0), max(0.0, 0), max(-0.0, 0.0), min(0.0, -0.0))
