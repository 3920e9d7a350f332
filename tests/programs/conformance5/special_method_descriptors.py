# Special methods are looked up on the type and bound through __get__:
# properties, staticmethods and custom descriptors all work, the instance
# dict never does, and a special method set to None raises when called.
import os
import operator


class Const:
    """A descriptor whose __get__ returns a function giving `value`."""
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner=None):
        return lambda *args: self.value


class Number:
    __int__ = property(lambda self: lambda: 5)
    __float__ = staticmethod(lambda: 2.5)
    __complex__ = Const(1j)
    __index__ = Const(7)


class Seq:
    __len__ = Const(3)
    __reversed__ = Const(iter('cba'))
    __fspath__ = Const('/tmp/x')
    __bytes__ = Const(b'raw')
    __bool__ = Const(False)
    __contains__ = Const(True)
    __getitem__ = Const('item')


n = Number()
print(int(n), float(n), complex(n), operator.index(n), hex(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n])
s = Seq()
print(len(s), list(reversed(s)), os.fspath(s), bytes(s), bool(s), 1 in s, s[0])

# The instance dict is not consulted for special methods.
plain = Seq()
plain.__len__ = lambda: 99
print(len(plain))

for name in ['__int__', '__float__', '__complex__', '__bytes__', '__index__']:
    C = type('C', (), {name: None})
    for convert in (int, float, complex, bytes):
        try:
            r = convert(C())
        except TypeError as e:
            r = f'TypeError: {e}'
        print(name, convert.__name__, r)


class BadIndex:
    def __index__(self):
        return 'nope'


for convert in (bytes, bytearray):
    try:
        print(convert(BadIndex()))
    except TypeError as e:
        print(convert.__name__, 'TypeError:', e)
