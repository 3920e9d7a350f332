"""pvm's `base64` module, written for pvm in Python: Base64 (standard and
URL-safe alphabets, validate=, altchars=), Base32 and Base16 encodings and
encodebytes/decodebytes, over binascii. Not provided: Ascii85, Base85 and
Base32 with the extended hex alphabet."""

import binascii

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode', 'encodebytes', 'decodebytes']


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r' % s.__class__.__name__)


def _translate(data, frm, to):
    return data.translate(bytes.maketrans(frm, to))


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_translate(_bytes_from_decode_data(s), b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        out += bytes(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8))
    # 1, 2, 3 or 4 leftover bytes keep 2, 4, 5 or 7 characters.
    keep = {0: 8, 1: 2, 2: 4, 3: 5, 4: 7}[len(s) % 5]
    if keep != 8:
        out[-(8 - keep):] = b'=' * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pad = len(s) - len(stripped)
    if pad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    out = bytearray()
    values = []
    for c in stripped:
        v = _B32.find(bytes((c,)))
        if v < 0:
            raise binascii.Error('Non-base32 digit found')
        values.append(v)
    values += [0] * pad
    for i in range(0, len(values), 8):
        n = 0
        for v in values[i:i + 8]:
            n = (n << 5) | v
        out += n.to_bytes(5, 'big')
    if pad:
        out = out[:-{1: 1, 3: 2, 4: 3, 6: 4}[pad]]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def encodebytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    pieces = [binascii.b2a_base64(s[i:i + 57]) for i in range(0, len(s), 57)]
    return b''.join(pieces)


def decodebytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)
