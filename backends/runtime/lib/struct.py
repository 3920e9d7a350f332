"""pvm's implementation of the `struct` module, written in Python.

pack, pack_into, unpack, unpack_from, iter_unpack, calcsize and Struct for
the byte orders @ = < > ! and the codes x c b B ? h H i I l L q Q n N e f d s
p P, with native sizes and alignment of x86-64 Linux (the machine CPython's
expected outputs come from) and the error messages of CPython's _struct for
each byte order (CPython packs '<' and '=' integers with its native routines
on little-endian hosts, and its messages follow that).
"""

# Functions CPython writes in C: they show as built-ins (<built-in function name>).
__c_functions__ = ('calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
                   'iter_unpack')


import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


_NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
                 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8,
                 's': 1, 'p': 1, 'P': 8}
_STANDARD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
                   'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = frozenset('bhilqn')
_SMALL_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_INT64 = (-(1 << 63), (1 << 63) - 1)
_UINT64 = (0, (1 << 64) - 1)


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    sizes = _NATIVE_SIZES if order == '@' else _STANDARD_SIZES
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        if c not in sizes:
            raise error('bad char in struct format')
        size = sizes[c]
        if order == '@' and c not in 'spxc':
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count if count is not None else 1, offset))
            offset += count if count is not None else 1
        else:
            for _ in range(1 if count is None else count):
                items.append((c, size, offset))
                offset += size
        i += 1
    return order, items, offset


def _int_value(v):
    try:
        method = type(v).__index__
    except AttributeError:
        raise error('required argument is not an integer') from None
    return method(v)


def _check_int(order, code, size, v):
    """The range checks and messages of CPython's packers for this byte order."""
    v = _int_value(v)
    signed = code in _SIGNED
    little = order in '@<='
    replaced = little and (order == '@' or _NATIVE_SIZES.get(code) == size)
    if code in 'bB' or (replaced and code in 'hH'):
        if not _INT64[0] <= v <= _INT64[1]:
            raise error('argument out of range')
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed else (0, (1 << (8 * size)) - 1)
        if not lo <= v <= hi:
            raise error('%s format requires %d <= number <= %d' % (_SMALL_NAMES[code], lo, hi))
        return v
    if size == 8:
        if replaced:
            lo, hi = _INT64 if signed else _UINT64
            if not lo <= v <= hi:
                raise error('argument out of range')
            return v
        lo, hi = (-(1 << 63), (1 << 63) - 1) if signed else (0, (1 << 64) - 1)
        if not lo <= v <= hi:
            raise error('int too large to convert')
        return v
    if signed:
        if not _INT64[0] <= v <= _INT64[1]:
            raise error('argument out of range')
        largest = (1 << (8 * size - 1)) - 1
        if not -largest - 1 <= v <= largest:
            raise error("'%s' format requires %d <= number <= %d" % (code, -largest - 1, largest))
    else:
        if not _UINT64[0] <= v <= _UINT64[1]:
            raise error('argument out of range')
        largest = (1 << (8 * size)) - 1
        if v > largest:
            raise error("'%s' format requires 0 <= number <= %d" % (code, largest))
    return v


def _round_half_even(value):
    floor = _math.floor(value)
    diff = value - floor
    if diff > 0.5 or (diff == 0.5 and floor % 2 == 1):
        floor += 1
    return int(floor)


def _float_bits(x, mant_bits, exp_bits, code, overflow_error):
    """IEEE bits of x in a format with mant_bits/exp_bits, rounding half-even."""
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if (x < 0 or (x == 0 and _math.copysign(1.0, x) < 0)) else 0
    if x != x:
        return (sign << (mant_bits + exp_bits)) | (((1 << exp_bits) - 1) << mant_bits) | (1 << (mant_bits - 1))
    x = abs(x)
    if x == _math.inf:
        return (sign << (mant_bits + exp_bits)) | (((1 << exp_bits) - 1) << mant_bits)
    if x == 0:
        return sign << (mant_bits + exp_bits)
    m, e = _math.frexp(x)
    e -= 1
    if e < 1 - bias:
        mant = _round_half_even(_math.ldexp(x, bias - 1 + mant_bits))
        exponent = 0
        if mant >= 1 << mant_bits:
            exponent, mant = 1, mant - (1 << mant_bits)
    else:
        mant = _round_half_even((m * 2 - 1) * 2.0 ** mant_bits)
        exponent = e + bias
        if mant >= 1 << mant_bits:
            mant = 0
            exponent += 1
    if exponent >= (1 << exp_bits) - 1:
        if overflow_error:
            raise OverflowError('float too large to pack with %s format' % code)
        return (sign << (mant_bits + exp_bits)) | (((1 << exp_bits) - 1) << mant_bits)
    return (sign << (mant_bits + exp_bits)) | (exponent << mant_bits) | mant


def _bits_float(bits, mant_bits, exp_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (mant_bits + exp_bits) else 1.0
    exponent = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mant = bits & ((1 << mant_bits) - 1)
    if exponent == (1 << exp_bits) - 1:
        return sign * _math.inf if mant == 0 else _math.nan
    if exponent == 0:
        return sign * _math.ldexp(float(mant), 1 - bias - mant_bits)
    return sign * _math.ldexp(float(mant | (1 << mant_bits)), exponent - bias - mant_bits)


def _float_value(v):
    if isinstance(v, float):
        return v
    t = type(v)
    if not (hasattr(t, '__float__') or hasattr(t, '__index__')):
        raise error('required argument is not a float')
    return float(v)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        order, items, size = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self.size = size
        self._order = order
        self._items = items
        self._nargs = sum(1 for code, _, _ in items if code != 'x')

    def pack(self, *values):
        if len(values) != self._nargs:
            raise error('pack expected %d items for packing (got %d)' % (self._nargs, len(values)))
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        if len(values) != self._nargs:
            raise error('pack expected %d items for packing (got %d)' % (self._nargs, len(values)))
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at '
                        'offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(buffer)))
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        buffer[offset:offset + self.size] = out

    def _pack_into(self, out, base, values):
        order = self._order
        byteorder = 'big' if order in '>!' else 'little'
        it = iter(values)
        for code, size, offset in self._items:
            at = base + offset
            if code == 'x':
                continue
            v = next(it)
            if code in 'sp':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(v[:size])
                else:
                    data = bytes([min(len(v), size - 1, 255)]) + bytes(v[:size - 1]) if size else b''
                out[at:at + len(data)] = data
            elif code == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                out[at] = v[0]
            elif code == '?':
                out[at] = 1 if v else 0
            elif code in 'efd':
                x = _float_value(v)
                if code == 'd':
                    bits = _float_bits(x, 52, 11, code, True)
                elif code == 'f':
                    bits = _float_bits(x, 23, 8, code, order != '@')
                else:
                    bits = _float_bits(x, 10, 5, code, True)
                out[at:at + size] = bits.to_bytes(size, byteorder)
            else:
                n = _check_int(order, code, size, v)
                if n < 0:
                    n += 1 << (8 * size)
                out[at:at + size] = n.to_bytes(size, byteorder)

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            offset += len(data)
        if offset < 0 or len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return (self._unpack_at(data, i) for i in range(0, len(data), self.size))

    def _unpack_at(self, data, base):
        byteorder = 'big' if self._order in '>!' else 'little'
        result = []
        for code, size, offset in self._items:
            at = base + offset
            if code == 'x':
                continue
            chunk = data[at:at + size]
            if code == 's':
                result.append(chunk)
            elif code == 'p':
                n = min(chunk[0], size - 1) if size else 0
                result.append(chunk[1:1 + n])
            elif code == 'c':
                result.append(chunk)
            elif code == '?':
                result.append(chunk[0] != 0)
            elif code == 'd':
                result.append(_bits_float(int.from_bytes(chunk, byteorder), 52, 11))
            elif code == 'f':
                result.append(_bits_float(int.from_bytes(chunk, byteorder), 23, 8))
            elif code == 'e':
                result.append(_bits_float(int.from_bytes(chunk, byteorder), 10, 5))
            else:
                n = int.from_bytes(chunk, byteorder)
                if code in _SIGNED and n >> (8 * size - 1):
                    n -= 1 << (8 * size)
                result.append(n)
        return tuple(result)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *values):
    """Return a bytes object containing the values packed according to the format string."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    """Pack the values according to the format string into the buffer at offset."""
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    """Unpack the buffer according to the format string."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """Unpack from the buffer starting at offset."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return _struct(format).iter_unpack(buffer)
