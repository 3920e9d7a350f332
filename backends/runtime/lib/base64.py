"""pvm's `base64` module, written for pvm in Python: Base64 (standard and
URL-safe alphabets, validate=, altchars=), Base32, Base16, Ascii85 and
Base85 encodings and encodebytes/decodebytes, over binascii. Not provided:
Base32 with the extended hex alphabet."""

import binascii

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode',
           'b16encode', 'b16decode', 'encodebytes', 'decodebytes', 'a85encode', 'a85decode',
           'b85encode', 'b85decode']


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


_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def b32encode(s):
    return _b32encode(_B32, s)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def _b32encode(alphabet, s):
    s = memoryview(s).tobytes()
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        out += bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
    # 1, 2, 3 or 4 leftover bytes keep 2, 4, 5 or 7 characters.
    keep = {0: 8, 1: 2, 2: 4, 3: 5, 4: 7}[len(s) % 5]
    if keep != 8:
        out[-(8 - keep):] = b'=' * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexdecode(s, casefold=False):
    # The extended-hex alphabet has digits, so there is no 0/1 mapping.
    return _b32decode(_B32HEX, s, casefold, None)


def _b32decode(alphabet, s, casefold, map01):
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
        v = alphabet.find(bytes((c,)))
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


# ---------------------------------------------------------------- Ascii85 and Base85
#
# Both write each 4-byte big-endian word as 5 base-85 digits (a short last
# word is padded with zero bytes and its extra digits dropped unless pad=True);
# they differ in their alphabets and Ascii85's 'z' (and optional 'y') words.

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def _85encode(data, alphabet, pad, fold_zeros, fold_spaces):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        data = memoryview(data)
    data = bytes(data)
    padding = (-len(data)) % 4
    data += b'\0' * padding
    words = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if fold_zeros and word == 0:
            words.append(b'z')
        elif fold_spaces and word == 0x20202020:
            words.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[k] = alphabet[digit]
            words.append(bytes(digits))
    if padding and not pad:
        if words[-1] == b'z':
            words[-1] = alphabet[0:1] * 5
        words[-1] = words[-1][:-padding]
    return b''.join(words)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode b; adobe=True frames it in <~ ~>, wrapcol wraps lines."""
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data (whitespace ignored, 'z' and optionally 'y' words)."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = []
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + digit
                if word > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(word.to_bytes(4, 'big'))
                group = []
        elif c == 0x7a:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 0x79:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    # The four 'u' digits appended complete a short last group; its padding bytes go.
    padding = 4 - len(group)
    return result[:-padding] if padding else result


def b85encode(b, pad=False):
    """Base85-encode b (the alphabet of git and Mercurial binary diffs)."""
    return _85encode(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    """Decode Base85 data."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            digit = _B85_VALUES.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            word = word * 85 + digit
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(word.to_bytes(4, 'big'))
    result = b''.join(out)
    return result[:-padding] if padding else result
