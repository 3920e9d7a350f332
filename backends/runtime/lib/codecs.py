"""pvm's implementation of the `codecs` module (the common subset), written
in Python.

encode/decode through str.encode and bytes.decode (so every codec pvm knows:
utf-8, ascii, latin-1, utf-16 and utf-32, the single-byte code pages of
charmapCodecs.ts (names from the native _codecs), with their aliases, plus the
hex and base64 bytes-to-bytes codecs), lookup() with CodecInfo,
getencoder/getdecoder, incremental encoders/decoders for those codecs,
the BOM constants and the error-handler registry names. Not provided:
codecs.open and stream readers/writers (host files are only reachable
through open(), which takes an encoding itself) and register() of new
codecs (NotImplementedError).
"""

import binascii
import base64 as _base64
from _codecs import _charmap_names

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo",
           "encode", "decode", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "iterencode",
           "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

_CANONICAL = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8',
    'cp65001': 'utf-8', 'utf_8_sig': 'utf-8-sig',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1',
    'l1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', 'iso8859_1': 'iso8859-1',
    '8859': 'iso8859-1', 'cp819': 'iso8859-1', 'iso_ir_100': 'iso8859-1',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64',
    'base_64': 'base64', 'base64_codec': 'base64',
}

_CANONICAL.update(_charmap_names)

# One byte is one character: their incremental decoders decode each chunk at once.
_SINGLE_BYTE = frozenset(_charmap_names.values()) | {'ascii', 'iso8859-1'}

_BYTES_CODECS = ('hex', 'base64')


def _canonical(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = encoding.lower().replace('-', '_').replace(' ', '_')
    name = _CANONICAL.get(key)
    if name is None:
        raise LookupError(f"unknown encoding: {encoding}")
    return name


class CodecInfo(tuple):
    """(encode, decode, streamreader, streamwriter) plus name and incremental classes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


def _bytes_encode(name, data, errors):
    data = bytes(data)
    if name == 'hex':
        return binascii.hexlify(data)
    return _base64.encodebytes(data)


def _bytes_decode(name, data, errors):
    data = bytes(data)
    if name == 'hex':
        return binascii.unhexlify(data)
    return _base64.decodebytes(data)


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


def _make_codec(name):
    if name in _BYTES_CODECS:
        def enc(input, errors='strict'):
            return _bytes_encode(name, input, errors), len(input)

        def dec(input, errors='strict'):
            return _bytes_decode(name, input, errors), len(input)
    else:
        def enc(input, errors='strict'):
            if name == 'utf-8-sig':
                return BOM_UTF8 + input.encode('utf-8', errors), len(input)
            return input.encode(name, errors), len(input)

        def dec(input, errors='strict'):
            data = bytes(input)
            if name == 'utf-8-sig':
                if data.startswith(BOM_UTF8):
                    data = data[3:]
                return data.decode('utf-8', errors), len(input)
            return data.decode(name, errors), len(input)

    class _Encoder(IncrementalEncoder):
        # Whole-input codecs: a BOM is written only before the first chunk.
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._started = False

        def encode(self, input, final=False):
            out = enc(input, self.errors)[0]
            if self._started and name in ('utf-16', 'utf-32', 'utf-8-sig'):
                out = out[{'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]:]
            self._started = True
            return out

        def reset(self):
            self._started = False

    class _Decoder(IncrementalDecoder):
        # Buffers input until final=True so multi-byte sequences never split
        # (single-byte codecs have none to split).
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._pending = b''

        def decode(self, input, final=False):
            if name in _SINGLE_BYTE:
                return dec(input, self.errors)[0]
            self._pending += bytes(input)
            if not final:
                return '' if name not in _BYTES_CODECS else b''
            data, self._pending = self._pending, b''
            return dec(data, self.errors)[0]

        def reset(self):
            self._pending = b''

    return CodecInfo(enc, dec, incrementalencoder=_Encoder,
                     incrementaldecoder=_Decoder, name=name,
                     _is_text_encoding=name not in _BYTES_CODECS)


_codec_cache = {}


def lookup(encoding, /):
    """The CodecInfo of an encoding name (LookupError when unknown)."""
    name = _canonical(encoding)
    info = _codec_cache.get(name)
    if info is None:
        info = _codec_cache[name] = _make_codec(name)
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec registered for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def register(search_function, /):
    raise NotImplementedError("codecs.register is not supported by pvm")


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    raise NotImplementedError("codecs.open is not supported by pvm; use open(..., encoding=...)")


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not supported by pvm")


_ERROR_HANDLERS = ('strict', 'ignore', 'replace', 'xmlcharrefreplace',
                   'backslashreplace', 'namereplace', 'surrogateescape',
                   'surrogatepass')


def lookup_error(name, /):
    if name not in _ERROR_HANDLERS:
        raise LookupError(f"unknown error handler name '{name}'")
    return globals().get(name + '_errors', name)


def register_error(name, handler, /):
    raise NotImplementedError("codecs.register_error is not supported by pvm")


def strict_errors(exception, /):
    raise exception


def ignore_errors(exception, /):
    return ('', exception.end)


def replace_errors(exception, /):
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    return ('?' * (exception.end - exception.start), exception.end)


def xmlcharrefreplace_errors(exception, /):
    text = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in text), exception.end)


def backslashreplace_errors(exception, /):
    if isinstance(exception, UnicodeDecodeError):
        chunk = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % b for b in chunk), exception.end)
    text = exception.object[exception.start:exception.end]
    out = []
    for c in text:
        cp = ord(c)
        out.append('\\x%02x' % cp if cp < 0x100 else
                   '\\u%04x' % cp if cp < 0x10000 else '\\U%08x' % cp)
    return (''.join(out), exception.end)


def namereplace_errors(exception, /):
    import unicodedata
    text = exception.object[exception.start:exception.end]
    out = []
    for c in text:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name else '\\x%02x' % ord(c)
                   if ord(c) < 0x100 else '\\u%04x' % ord(c))
    return (''.join(out), exception.end)
