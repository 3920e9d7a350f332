"""pvm's implementation of the `array` module, written in Python.

array(typecode, initializer) backed by a list: the item range checks and
their OverflowError messages per typecode, float32 rounding for 'f', the
sequence protocol (indexing, slices, +, *, comparisons), append, extend,
insert, pop, remove, index, count, reverse, tolist, fromlist, tounicode and
CPython's repr. The machine representation (tobytes, frombytes, a bytes
initializer, byteswap) is the little-endian C layout of a 64-bit Linux
CPython, built with struct; buffer_info's address is the array's id.
"""

import math as _math
import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_C_LONG = (-(1 << 63), (1 << 63) - 1, 'Python int too large to convert to C long',
           'Python int too large to convert to C long')
_SHORT = (-(1 << 15), (1 << 15) - 1, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum')
_INT = (-(1 << 31), (1 << 31) - 1, 'signed integer is less than minimum',
        'signed integer is greater than maximum')
_NEG_UINT = (0, None, "can't convert negative value to unsigned int", None)
_ULONG = (0, (1 << 64) - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long')

# Each integer typecode's checks, in the order CPython's converters apply them.
_INT_CHECKS = {
    'b': (_C_LONG, _SHORT, (-128, 127, 'signed char is less than minimum',
                            'signed char is greater than maximum')),
    'B': (_C_LONG, (0, 255, 'unsigned byte integer is less than minimum',
                    'unsigned byte integer is greater than maximum')),
    'h': (_C_LONG, _SHORT),
    'H': (_C_LONG, _INT, (0, 65535, 'unsigned short is less than minimum',
                          'unsigned short is greater than maximum')),
    'i': (_C_LONG, _INT),
    'I': (_NEG_UINT, _ULONG, (0, (1 << 32) - 1, None, 'unsigned int is greater than maximum')),
    'l': (_C_LONG,),
    'L': (_NEG_UINT, _ULONG),
    'q': ((-(1 << 63), (1 << 63) - 1, 'int too big to convert', 'int too big to convert'),),
    'Q': ((0, (1 << 64) - 1, "can't convert negative int to unsigned", 'int too big to convert'),),
}
# The struct format of one item in CPython's native layout ('u' is UTF-32).
_STRUCT_CODE = {'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q',
                'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}


def _to_float32(x):
    """Round a float to the nearest IEEE single, as storing into a C float does."""
    if x != x or x in (_math.inf, -_math.inf) or x == 0.0:
        return x
    mantissa, exponent = _math.frexp(x)
    if exponent < -125:
        # Subnormal singles keep fewer bits: quantize to 2**-149.
        scaled = x * 2.0 ** 149
        return _math.copysign(_round_half_even(scaled) * 2.0 ** -149, x)
    scaled = mantissa * 2.0 ** 24
    result = _math.ldexp(_round_half_even(scaled), exponent - 24)
    if abs(result) >= 2.0 ** 128:
        return _math.copysign(_math.inf, x)
    return result


def _round_half_even(value):
    floor = _math.floor(value)
    diff = value - floor
    if diff > 0.5 or (diff == 0.5 and floor % 2 == 1):
        floor += 1
    return float(floor)


def _index_value(value):
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


class array:
    """An array of numeric values (or unicode characters) of one C type."""

    __slots__ = ('_typecode', '_items')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r'
                                % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    def _check(self, value):
        typecode = self._typecode
        if typecode == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError('array item must be unicode character')
            return value
        if typecode in 'fd':
            if isinstance(value, str) or not hasattr(type(value), '__float__'):
                raise TypeError('must be real number, not %s' % type(value).__name__)
            value = float(value)
            return _to_float32(value) if typecode == 'f' else value
        value = _index_value(value)
        for lo, hi, lo_msg, hi_msg in _INT_CHECKS[typecode]:
            if lo is not None and value < lo:
                raise OverflowError(lo_msg)
            if hi is not None and value > hi:
                raise OverflowError(hi_msg)
        return value

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def append(self, v, /):
        self._items.append(self._check(v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        self._items.extend([self._check(v) for v in bb])

    def fromlist(self, list, /):
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        self.extend(list)

    def insert(self, i, v, /):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None, /):
        n = len(self._items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def tobytes(self):
        if self._typecode == 'u':
            return ''.join(self._items).encode('utf-32-le')
        return _struct.pack('<%d%s' % (len(self._items), _STRUCT_CODE[self._typecode]),
                            *self._items)

    def frombytes(self, buffer, /):
        data = bytes(memoryview(buffer))
        size = _ITEMSIZE[self._typecode]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._typecode == 'u':
            self._items.extend(data.decode('utf-32-le'))
        else:
            self._items.extend(_struct.unpack(
                '<%d%s' % (len(data) // size, _STRUCT_CODE[self._typecode]), data))

    def byteswap(self):
        size = _ITEMSIZE[self._typecode]
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[_index_value(index)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[index] = value._items
            return
        try:
            self._items[_index_value(index)] = self._check(value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        result = array(self._typecode)
        result._items = self._items * n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce__(self):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._typecode
        if self._typecode == 'u':
            return 'array(%r, %r)' % (self._typecode, ''.join(self._items))
        return 'array(%r, %r)' % (self._typecode, self._items)


ArrayType = array
