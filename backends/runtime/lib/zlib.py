"""pvm's implementation of the `zlib` module's checksums, written in Python.

crc32 and adler32 (running values, any bytes-like input) and the module's
constants. Compression itself (compress, decompress, compressobj,
decompressobj) is not implemented and raises NotImplementedError rather
than produce streams that differ from CPython's zlib.
"""

# Functions CPython writes in C: they show as built-ins (<built-in function name>).
__c_functions__ = ('crc32', 'adler32', 'compress', 'decompress', 'compressobj',
                   'decompressobj')


from binascii import crc32 as _binascii_crc32

__all__ = ["adler32", "crc32", "compress", "decompress", "compressobj",
           "decompressobj", "error"]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def _data(data, name):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes() if not isinstance(data, (bytes, bytearray)) else data
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(data).__name__}'") from None


def crc32(data, value=0, /):
    """The CRC-32 of data, continuing from value."""
    return _binascii_crc32(_data(data, 'crc32'), value & 0xFFFFFFFF)


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, continuing from value."""
    data = _data(data, 'adler32')
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    i = 0
    n = len(data)
    while i < n:
        end = min(n, i + 3800)
        for j in range(i, end):
            a += data[j]
            b += a
        a %= 65521
        b %= 65521
        i = end
    return (b << 16) | a


def _unsupported(name):
    raise NotImplementedError(f"zlib.{name} is not supported by pvm "
                              f"(only crc32 and adler32 are)")


def compress(data, /, level=-1, wbits=MAX_WBITS):
    _unsupported('compress')


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    _unsupported('decompress')


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY,
                zdict=None):
    _unsupported('compressobj')


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    _unsupported('decompressobj')
