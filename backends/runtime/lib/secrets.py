"""pvm's implementation of the `secrets` module, written in Python.

token_bytes/token_hex/token_urlsafe, choice, randbelow, randbits,
compare_digest, drawn from random.SystemRandom: a Random seeded from the
host's entropy (pvm has no os.urandom; the values are unpredictable to the
program but come from a Mersenne Twister, not the operating system's CSPRNG).
"""

import base64
import binascii
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """A random text string of 2 * nbytes hexadecimal digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """A random URL-safe Base64 text string of nbytes random bytes."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')


def compare_digest(a, b):
    """a == b for two str (ASCII) or two bytes-like values, in constant time."""
    if isinstance(a, str) and isinstance(b, str):
        for s in (a, b):
            if not s.isascii():
                raise TypeError("comparing strings with non-ASCII characters "
                                "is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError(f"unsupported operand types(s) or combination of "
                        f"types: '{type(a).__name__}' and '{type(b).__name__}'")
    else:
        a = bytes(a)
        b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) == len(b):
        for x, y in zip(a, b):
            result |= x ^ y
    return result == 0
