"""pvm's `binascii` module, written for pvm in Python: hex and base64
conversions (hexlify/unhexlify, b2a_hex/a2b_hex, b2a_base64/a2b_base64) and
crc32, with CPython's errors (binascii.Error is a ValueError)."""

# Functions CPython writes in C: they show as built-ins (<built-in function name>).
__c_functions__ = ('hexlify', 'unhexlify', 'b2a_base64', 'a2b_base64', 'crc32')


__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes_like(data, what='a bytes-like object'):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("%s is required, not '%s'" % (what, type(data).__name__))


def _input(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    text = _input(data).hex() if sep is None else _input(data).hex(sep, bytes_per_sep)
    return text.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _bytes_like(hexstr, 'argument should be bytes, buffer or ASCII string, not')
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _input(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _bytes_like(data, 'argument should be bytes, buffer or ASCII string, not')
    out = bytearray()
    acc = 0
    bits = 0
    count = 0
    padding = 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            if strict_mode and count == 0:
                raise Error('Leading padding not allowed')
            padding += 1
            # Enough padding after 2 or 3 quad digits ends the data.
            if count % 4 >= 2 and count % 4 + padding >= 4:
                if strict_mode and i + 1 != len(data):
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        padding = 0
        acc = (acc << 6) | value
        bits += 6
        count += 1
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
    if count % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % count)
    if count % 4:
        raise Error('Incorrect padding')
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    for byte in _input(data):
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


_CRC_HQX_TABLE = []
for _n in range(256):
    _c = _n << 8
    for _ in range(8):
        _c = ((_c << 1) ^ 0x1021) if _c & 0x8000 else (_c << 1)
    _CRC_HQX_TABLE.append(_c & 0xFFFF)
del _n, _c


def _crc_start(crc):
    if not isinstance(crc, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(crc).__name__)
    return crc & 0xFFFF


def crc_hqx(*args):
    """The CRC-CCITT (XMODEM, polynomial 0x1021) of data, starting from crc."""
    if len(args) != 2:
        raise TypeError('crc_hqx expected 2 arguments, got %d' % len(args))
    data, crc = args
    crc = _crc_start(crc)
    for byte in _input(data):
        crc = ((crc << 8) & 0xFFFF) ^ _CRC_HQX_TABLE[(crc >> 8) ^ byte]
    return crc
