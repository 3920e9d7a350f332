# Docstrings of builtin functions, classes, methods and descriptors, as programs print them.
print(len.__doc__)
print(abs.__doc__)
print(str.upper.__doc__)
print('abc'.upper.__doc__ == str.upper.__doc__, [].append.__doc__)
print(int.__doc__.splitlines()[0], '|', (5).__doc__ == int.__doc__, True.__doc__.splitlines()[0])
print(dict.get.__doc__, '|', dict.fromkeys.__doc__)
print(int.from_bytes.__doc__.splitlines()[0], '|', int.real.__doc__, '|', complex.imag.__doc__)
print(type.__doc__.splitlines()[:2], object.__doc__.splitlines()[0])
print(Exception.__doc__, '|', ValueError.__doc__, '|', KeyError('k').__doc__, '|', BaseException.__doc__)
print(ZeroDivisionError.__doc__, '|', StopIteration.__doc__, '|', OSError.__doc__, '|', SystemExit.__doc__)
print(int.__add__.__doc__, '|', list.__len__.__doc__, '|', str.__getitem__.__doc__, '|', object.__init__.__doc__)
print(property.__doc__.splitlines()[0], '|', staticmethod.__doc__.splitlines()[0], '|', super.__doc__.splitlines()[0])
for f in [range, zip, map, filter, enumerate, reversed, sorted, min, iter, next, isinstance, getattr]:
    print(f.__name__, '->', (f.__doc__ or '').splitlines()[0])
for t in [list, tuple, set, frozenset, bytes, bytearray, float, complex, bool, slice, memoryview]:
    print(t.__name__, '->', t.__doc__.splitlines()[0])
for m in [str.split, str.join, list.sort, dict.items, set.union, float.is_integer, int.bit_length, bytes.hex, str.format]:
    print(m.__qualname__, '->', m.__doc__.splitlines()[0])
class Mine:
    """My class."""
    def meth(self):
        """My method."""
class Bare:
    pass
class Sub(ValueError):
    pass
print(Mine.__doc__, Mine().__doc__, Mine.meth.__doc__, Mine().meth.__doc__, Bare.__doc__, Bare().__doc__, Sub.__doc__, Sub().__doc__)
def nodoc(): pass
print(nodoc.__doc__, (lambda: 0).__doc__, type(None).__doc__, None.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
