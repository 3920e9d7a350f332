# Class calls that type.__call__ takes a shortcut for: exceptions using
# BaseException's __new__/__init__, super() itself; and the cases that must
# keep the full path (keywords, custom __init__, groups, OSError subclasses).
class A:
    def __init__(self, x): self.x = x
    def f(self): return 'A'
class B(A):
    def __init__(self, x):
        super().__init__(x)
        s = super()
        print(s.f(), type(s).__name__, super(B, self).f(), repr(super(B, B)))
    def f(self): return 'B'
b = B(3)
print(b.x, repr(super.__new__(super)))
for args in [(1,), (B, 1), (B, b, 3)]:
    try:
        super(*args)
    except TypeError as e:
        print(e)
try:
    super(x=1)
except TypeError as e:
    print(e)
try:
    super()
except RuntimeError as e:
    print(e)
class E(Exception): pass
class F(Exception):
    def __init__(self, a):
        super().__init__(a, 'extra')
for cls, args in [(E, (1, 2)), (F, (1,)), (ValueError, ()), (KeyError, ('k',)), (StopIteration, (5,)), (SystemExit, (2,))]:
    try:
        raise cls(*args)
    except Exception as e:
        print(type(e).__name__, repr(e), e.args, str(e))
    except SystemExit as e:
        print('SystemExit', e.code)
try:
    raise StopIteration(7)
except StopIteration as e:
    print(e.value)
try:
    raise OSError(2, 'nf', 'f.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)
print(ExceptionGroup('m', [ValueError()]).exceptions, type(BaseExceptionGroup('m', [ValueError()])).__name__)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
print(AttributeError('a', name='n').name, NameError('q').name, ImportError('i', path='p').path)
class G(ValueError):
    def __new__(cls, *a):
        return 42
print(G(1))
