# Sequence repeat: called as a method the count must be an index; as the * operator
# a non-int count is "can't multiply sequence by non-int"; reflected methods still win.
from collections import deque

class R:
    def __rmul__(self, o): return ('rmul', o)

class I:
    def __index__(self): return 2

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('list.__mul__', lambda: list.__mul__([1], 'a'))
attempt('list.__rmul__', lambda: list.__rmul__([1], 'a'))
attempt('list.__imul__', lambda: list.__imul__([1], 1.5))
attempt('tuple.__mul__', lambda: tuple.__mul__((1,), 'a'))
attempt('tuple.__rmul__', lambda: tuple.__rmul__((1,), None))
attempt('str.__mul__', lambda: str.__mul__('x', 'a'))
attempt('str.__rmul__', lambda: str.__rmul__('x', [1]))
attempt('bytes.__mul__', lambda: bytes.__mul__(b'x', 'a'))
attempt('bytes.__rmul__', lambda: bytes.__rmul__(b'x', 'a'))
attempt('bytearray.__imul__', lambda: bytearray.__imul__(bytearray(b'x'), 1.5))
attempt('deque.__mul__', lambda: deque.__mul__(deque([1]), 'a'))
attempt('list * str', lambda: [1] * 'a')
attempt('str * list', lambda: 'a' * [1])
attempt('tuple * float', lambda: (1,) * 1.5)
attempt('float * tuple', lambda: 2.5 * (1,))
attempt('bytes * str', lambda: b'x' * 'a')
attempt('bytearray * None', lambda: bytearray(b'x') * None)
attempt('deque * str', lambda: deque([1]) * 'a')
attempt('list * R', lambda: [1] * R())
attempt('tuple * I', lambda: (1,) * I())
attempt('I * str', lambda: I() * 'ab')
attempt('str.__mul__ ok', lambda: str.__mul__('ab', 2))
attempt('list.__rmul__ ok', lambda: list.__rmul__([1], True))

l = [1]; m = l
try:
    l *= 'a'
except TypeError as e:
    print('l *=', e)
l *= 2
print(l, l is m)
b = bytearray(b'ab'); c = b
b *= 3
print(b, b is c)
try:
    b *= 'x'
except TypeError as e:
    print('b *=', e)

class L(list):
    pass

attempt('L * str', lambda: L([1]) * 'x')
print(L([1, 2]) * 2, 3 * L([0]))
