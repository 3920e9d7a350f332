"""pvm's fractions: Fraction, an exact rational number (Python 3.11 behaviour).

A Fraction holds two ints in lowest terms with a positive denominator; every
constructor path normalizes, and arithmetic between Fractions (or with ints)
stays exact. Mixed with a float or complex the Fraction is converted and the
float/complex result is returned, as CPython does. Hashes agree with equal
ints and floats (the modular numeric hash of the language reference).
"""
import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _digits_end(s, i, allow_underscores=True):
    """Index after a run of decimal digits starting at s[i] (single underscores
    allowed between digits), or -1 when no digit starts there or an underscore
    is misplaced."""
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return -1
    i += 1
    while i < n:
        c = s[i]
        if c.isdecimal():
            i += 1
        elif c == '_' and allow_underscores and i + 1 < n and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None when invalid.

    Accepted: optional surrounding whitespace, a sign, then either
    `digits/digits` or a decimal number with optional fraction and exponent."""
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ('+', '-'):
        negative = s[0] == '-'
        i = 1
    end = _digits_end(s, i)
    whole = s[i:end] if end >= 0 else ''
    if end < 0:
        end = i
    if end < len(s) and s[end] == '/':
        if not whole:
            return None
        stop = _digits_end(s, end + 1)
        if stop != len(s):
            return None
        num, den = int(whole), int(s[end + 1:])
    else:
        frac = ''
        if end < len(s) and s[end] == '.':
            stop = _digits_end(s, end + 1)
            if stop >= 0:
                frac = s[end + 1:stop]
                end = stop
            else:
                end += 1
        if not whole and not frac:
            return None
        exp = 0
        if end < len(s) and s[end] in 'eE':
            j = end + 1
            if s[j:j + 1] in ('+', '-'):
                j += 1
            stop = _digits_end(s, j)
            if stop < 0:
                return None
            exp = int(s[end + 1:stop])
            end = stop
        if end != len(s):
            return None
        digits = frac.replace('_', '')
        num = int(whole or '0') * 10 ** len(digits) + int(digits or '0')
        den = 10 ** len(digits)
        if exp >= 0:
            num *= 10 ** exp
        else:
            den *= 10 ** -exp
    return (-num if negative else num), den


class Fraction(numbers.Rational):
    """An exact rational number numerator/denominator.

    Fraction(3, 4), Fraction('3/4'), Fraction('-1.25e-2'), Fraction(0.5) (exact
    value of the float), Fraction(other_rational) and Fraction() == 0."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif type(numerator).__name__ == 'Decimal' and hasattr(numerator, 'as_integer_ratio'):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (ints are accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        num, den = self._numerator, self._denominator
        if den <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of num/den keeping the last two
        # convergents h/k; stop before a denominator exceeds the limit.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        n, d = num, den
        while True:
            q = n // d
            k_next = k_prev + q * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + q * h, k_next
            n, d = d, n - q * d
        # The best approximation is the last convergent or the largest
        # semiconvergent that still fits.
        t = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + t * h, k_prev + t * k)
        last = Fraction(h, k)
        if abs(last - self) <= abs(semi - self):
            return last
        return semi

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. _as_pair gives (num, den) for exact operands, else None.

    def __add__(a, b):
        pair = _as_pair(b, True)
        if pair is not None:
            return Fraction(a._numerator * pair[1] + pair[0] * a._denominator, a._denominator * pair[1])
        if isinstance(b, (float, complex)):
            return _inexact(a, b) + b
        return NotImplemented

    def __radd__(b, a):
        pair = _as_pair(a, False)
        if pair is not None:
            return Fraction(pair[0] * b._denominator + b._numerator * pair[1], pair[1] * b._denominator)
        inexact = _inexact_other(a)
        if inexact is not None:
            return inexact + _inexact(b, inexact)
        return NotImplemented

    def __sub__(a, b):
        pair = _as_pair(b, True)
        if pair is not None:
            return Fraction(a._numerator * pair[1] - pair[0] * a._denominator, a._denominator * pair[1])
        if isinstance(b, (float, complex)):
            return _inexact(a, b) - b
        return NotImplemented

    def __rsub__(b, a):
        pair = _as_pair(a, False)
        if pair is not None:
            return Fraction(pair[0] * b._denominator - b._numerator * pair[1], pair[1] * b._denominator)
        inexact = _inexact_other(a)
        if inexact is not None:
            return inexact - _inexact(b, inexact)
        return NotImplemented

    def __mul__(a, b):
        pair = _as_pair(b, True)
        if pair is not None:
            return Fraction(a._numerator * pair[0], a._denominator * pair[1])
        if isinstance(b, (float, complex)):
            return _inexact(a, b) * b
        return NotImplemented

    def __rmul__(b, a):
        pair = _as_pair(a, False)
        if pair is not None:
            return Fraction(pair[0] * b._numerator, pair[1] * b._denominator)
        inexact = _inexact_other(a)
        if inexact is not None:
            return inexact * _inexact(b, inexact)
        return NotImplemented

    def __truediv__(a, b):
        pair = _as_pair(b, True)
        if pair is not None:
            return _divide(a._numerator, a._denominator, pair[0], pair[1])
        if isinstance(b, (float, complex)):
            return _inexact(a, b) / b
        return NotImplemented

    def __rtruediv__(b, a):
        pair = _as_pair(a, False)
        if pair is not None:
            return _divide(pair[0], pair[1], b._numerator, b._denominator)
        inexact = _inexact_other(a)
        if inexact is not None:
            return inexact / _inexact(b, inexact)
        return NotImplemented

    def __floordiv__(a, b):
        pair = _as_pair(b, True)
        if pair is not None:
            return (a._numerator * pair[1]) // (a._denominator * pair[0])
        if isinstance(b, (float, complex)):
            return _inexact(a, b) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        pair = _as_pair(a, False)
        if pair is not None:
            return (pair[0] * b._denominator) // (pair[1] * b._numerator)
        inexact = _inexact_other(a)
        if inexact is not None:
            return inexact // _inexact(b, inexact)
        return NotImplemented

    def __mod__(a, b):
        pair = _as_pair(b, True)
        if pair is not None:
            return Fraction((a._numerator * pair[1]) % (pair[0] * a._denominator), a._denominator * pair[1])
        if isinstance(b, (float, complex)):
            return _inexact(a, b) % b
        return NotImplemented

    def __rmod__(b, a):
        pair = _as_pair(a, False)
        if pair is not None:
            return Fraction((pair[0] * b._denominator) % (b._numerator * pair[1]), pair[1] * b._denominator)
        inexact = _inexact_other(a)
        if inexact is not None:
            return inexact % _inexact(b, inexact)
        return NotImplemented

    def __divmod__(a, b):
        pair = _as_pair(b, True)
        if pair is not None:
            q, r = divmod(a._numerator * pair[1], a._denominator * pair[0])
            return q, Fraction(r, a._denominator * pair[1])
        if isinstance(b, (float, complex)):
            return divmod(_inexact(a, b), b)
        return NotImplemented

    def __rdivmod__(b, a):
        pair = _as_pair(a, False)
        if pair is not None:
            q, r = divmod(pair[0] * b._denominator, pair[1] * b._numerator)
            return q, Fraction(r, pair[1] * b._denominator)
        inexact = _inexact_other(a)
        if inexact is not None:
            return divmod(inexact, _inexact(b, inexact))
        return NotImplemented

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else float (or complex) power."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                num, den = a._numerator, a._denominator
                if power >= 0:
                    return Fraction(num ** power, den ** power, _normalize=False)
                if num > 0:
                    return Fraction(den ** -power, num ** -power, _normalize=False)
                if num == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (den ** -power))
                return Fraction((-den) ** -power, (-num) ** -power, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        num, den = a._numerator, a._denominator
        if num < 0:
            return operator.index(-(-num // den))
        return operator.index(num // den)

    def __trunc__(a):
        num, den = a._numerator, a._denominator
        if num < 0:
            return -(-num // den)
        return num // den

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Nearest int without ndigits (ties to even), else a Fraction rounded
        to ndigits decimal places (ties to even)."""
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            twice = 2 * rem
            if twice < self._denominator or (twice == self._denominator and floor % 2 == 0):
                return floor
            return floor + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: hashes as infinity.
            magnitude = _HASH_INF
        else:
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        result = magnitude if self._numerator >= 0 else -magnitude
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return b == 0.0
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, (Fraction, int)):
            pair = _as_pair(b, True)
            return op(a._numerator * pair[1], pair[0] * a._denominator)
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, b.numerator * a._denominator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _as_pair(x, forward):
    """(numerator, denominator) of an exact operand: a Fraction or int always,
    any other Rational only on the reflected side (forward=False)."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return x, 1
    if not forward and isinstance(x, numbers.Rational):
        return x.numerator, x.denominator
    return None


def _inexact(fraction, other):
    """The Fraction converted to the kind of the inexact operand."""
    if isinstance(other, complex):
        return complex(fraction)
    return float(fraction)


def _inexact_other(a):
    """A reflected operand that is a Real or Complex but not Rational, converted
    to float or complex; None when the operation does not apply."""
    if isinstance(a, numbers.Real):
        return float(a)
    if isinstance(a, numbers.Complex):
        return complex(a)
    return None


def _divide(na, da, nb, db):
    """na/da divided by nb/db; a zero divisor reports the cancelled numerator
    as CPython 3.11 does (Fraction(-3, 4) / 0 -> 'Fraction(-1, 0)')."""
    if nb == 0:
        g = math.gcd(na, nb)
        if g > 1:
            na //= g
        raise ZeroDivisionError('Fraction(%s, 0)' % (na * (db // math.gcd(db, da))))
    return Fraction(na * db, da * nb)
