# __index__/__int__/__float__ returning subclasses (accepted with CPython's DeprecationWarning),
# %-formatting's choice of __int__ vs __index__, `in` without __contains__, the sequence iterator
import math

class IntSub(int): pass
class FloatSub(float): pass

class Both:
    def __int__(self): return IntSub(3)
    def __index__(self): return IntSub(4)
    def __float__(self): return FloatSub(2.5)

b = Both()
print(int(b), type(int(b)).__name__)
print(float(b), type(float(b)).__name__)
print([10, 20, 30, 40, 50].__getitem__(b))
print('abcdef'.__getitem__(b))
print(list(range(b)))
print(math.sqrt(b))
print(str.__mod__('%.2f', b))
print(str.__mod__('%d', b))
print(str.__mod__('%x', b))

class BoolIndex:
    def __index__(self): return True
    def __int__(self): return False
print(['no', 'yes'].__getitem__(BoolIndex()))
print(int(BoolIndex()))

class IntFirst:
    def __int__(self): return 1
    def __index__(self): return 2
class FloatOnly:
    def __float__(self): return 3.7
class IndexOnly:
    def __index__(self): return 5
for o in (IntFirst(), FloatOnly(), IndexOnly(), 2.9, True):
    for fmt in ('%d', '%i', '%x', '%o', '%c', '%f', '%e'):
        try:
            print(type(o).__name__, fmt, fmt % o)
        except TypeError as e:
            print(type(o).__name__, fmt, type(e).__name__, e)

class BadIndex:
    def __index__(self): return 'x'
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)

print(bool(NotImplemented))

class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
class IterRaises:
    def __iter__(self): raise TypeError('custom')
class IterBad:
    def __iter__(self): return 5
class IterValueError:
    def __iter__(self): raise ValueError('v')
class IterNone:
    __iter__ = None
class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
for cls in (NoContains, IterRaises, IterBad, IterValueError, IterNone, OnlyIter):
    try:
        print(cls.__name__, 2 in cls())
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)

class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
it = iter(Seq(3))
print(type(it).__name__, iter(it) is it, next(it), list(it), list(it))
print(list(iter(Seq(2))), [x for x in iter(Seq(4)) if x], sorted(iter(Seq(3)), reverse=True))
print(list(zip(iter(Seq(2)), 'ab')), 20 in iter(Seq(3)), max(iter(Seq(5))))
