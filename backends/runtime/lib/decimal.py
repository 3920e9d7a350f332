"""pvm's decimal: a subset of the decimal module (General Decimal Arithmetic).

A Decimal is sign, integer coefficient and exponent (or Infinity / NaN /
sNaN with a payload). Construction is exact; every arithmetic result is
computed exactly (or with a sticky digit for division) and then rounded once
to the context (precision, rounding mode, exponent limits, clamp), raising
the trapped signals with the C module's messages. Covered: + - * / // %
divmod, **, sqrt, exp, ln, log10 (correctly rounded; a fractional power
too, which CPython only almost always rounds correctly, and an exact one is
padded to the precision and flagged Inexact as CPython's), quantize,
rounding and conversions (to_integral_value/_exact), comparisons, hashing,
contexts, and the specification's fma, logb, scaleb, rotate, shift,
logical_*, next_plus/next_minus/next_toward, remainder_near, number_class,
compare_total(_mag), compare_signal, max_mag/min_mag (on Decimal and
Context). Formatting covers the e/f/g/% types with fill, alignment, sign,
width, ',' and precision. ** with an infinite exponent and three-argument
pow raise NotImplementedError.
"""
import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


# ---- signals ---------------------------------------------------------------

class DecimalException(ArithmeticError):
    """Base of the decimal signals."""


class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context."""


class InvalidOperation(DecimalException):
    """An operation with no sensible result."""


class ConversionSyntax(InvalidOperation):
    """A string is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient too long for the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """A result was rounded and digits other than zeros were lost."""


class InvalidContext(InvalidOperation):
    """An invalid context."""


class Rounded(DecimalException):
    """A result was rounded (digits, possibly zeros, were dropped)."""


class Subnormal(DecimalException):
    """A result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent is too large to represent."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in comparisons or construction)."""


# The order of signals in a flags/traps mapping, and in Context's repr.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
               Subnormal, Underflow)
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    """Signal -> bool, for Context.flags and Context.traps."""

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'

    def copy(self):
        return _SignalDict(self)


def _signal_dict(given):
    result = _SignalDict((s, False) for s in _SIGNALS)
    if isinstance(given, dict):
        for s, v in given.items():
            result[s] = bool(v)
    elif given is not None:
        for s in given:
            result[s] = True
    return result


# ---- context ---------------------------------------------------------------

class Context:
    """Precision, rounding, exponent limits and the flags/traps of signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        base = DefaultContext if '_DEFAULT_READY' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = _signal_dict(flags)
        if traps is None:
            traps = base.traps if base else [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_dict(traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int_range(value, 1, MAX_PREC, 'prec', '[1, MAX_PREC]')
        elif name == 'Emin':
            _check_int_range(value, MIN_EMIN, 0, 'Emin', '[MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int_range(value, 0, MAX_EMAX, 'Emax', '[0, MAX_EMAX]')
        elif name == 'capitals':
            _check_int_range(value, 0, 1, 'capitals', '[0, 1]')
        elif name == 'clamp':
            if not isinstance(value, int):
                raise TypeError('clamp must be an integer')
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        """Decimal(num) rounded to this context."""
        return _finalize_result(Decimal(num, self), self)

    def create_decimal_from_float(self, f):
        return _finalize_result(Decimal.from_float(f), self)

    def _signal(self, conditions, result):
        """Set the flags of conditions; when some are trapped raise the
        first trapped signal (in _SIGNALS order) listing them, else return
        result."""
        trapped = []
        for condition in conditions:
            signal = _CONDITION_SIGNAL.get(condition, condition)
            self.flags[signal] = True
            if self.traps[signal] and condition not in trapped:
                trapped.append(condition)
        if trapped:
            trapped.sort(key=lambda c: _SIGNALS.index(_CONDITION_SIGNAL.get(c, c)))
            raise _CONDITION_SIGNAL.get(trapped[0], trapped[0])(trapped)
        return result

    def abs(self, a):
        return _to_decimal(a, True).__abs__(context=self)

    def add(self, a, b):
        return _to_decimal(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _to_decimal(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _to_decimal(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _to_decimal(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _to_decimal(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _to_decimal(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _to_decimal(a, True).__divmod__(b, context=self)

    def power(self, a, b):
        return _to_decimal(a, True).__pow__(b, context=self)

    def plus(self, a):
        return _to_decimal(a, True).__pos__(context=self)

    def minus(self, a):
        return _to_decimal(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _to_decimal(a, True).sqrt(context=self)

    def exp(self, a):
        return _to_decimal(a, True).exp(context=self)

    def ln(self, a):
        return _to_decimal(a, True).ln(context=self)

    def log10(self, a):
        return _to_decimal(a, True).log10(context=self)

    def quantize(self, a, b):
        return _to_decimal(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _to_decimal(a, True).compare(b, context=self)

    def to_sci_string(self, a):
        return _to_decimal(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _to_decimal(a, True).to_eng_string(context=self)

    def to_integral_value(self, a):
        return _to_decimal(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def normalize(self, a):
        return _to_decimal(a, True).normalize(context=self)

    def number_class(self, a):
        return _to_decimal(a, True).number_class(context=self)

    def logb(self, a):
        return _to_decimal(a, True).logb(context=self)

    def logical_invert(self, a):
        return _to_decimal(a, True).logical_invert(context=self)

    def next_plus(self, a):
        return _to_decimal(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _to_decimal(a, True).next_minus(context=self)

    def fma(self, a, b, c):
        return _to_decimal(a, True).fma(b, c, context=self)

    def compare_total(self, a, b):
        return _to_decimal(a, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _to_decimal(a, True).compare_total_mag(b)

    def compare_signal(self, a, b):
        return _to_decimal(a, True).compare_signal(b, context=self)

    def max_mag(self, a, b):
        return _to_decimal(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _to_decimal(a, True).min_mag(b, context=self)

    def scaleb(self, a, b):
        return _to_decimal(a, True).scaleb(b, context=self)

    def rotate(self, a, b):
        return _to_decimal(a, True).rotate(b, context=self)

    def shift(self, a, b):
        return _to_decimal(a, True).shift(b, context=self)

    def logical_and(self, a, b):
        return _to_decimal(a, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _to_decimal(a, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _to_decimal(a, True).logical_xor(b, context=self)

    def next_toward(self, a, b):
        return _to_decimal(a, True).next_toward(b, context=self)

    def remainder_near(self, a, b):
        return _to_decimal(a, True).remainder_near(b, context=self)


def _check_int_range(value, low, high, name, shown):
    if not isinstance(value, int):
        raise TypeError('%s must be an integer' % name)
    if not low <= value <= high:
        raise ValueError('valid range for %s is %s' % (name, shown))


DefaultContext = Context()
_DEFAULT_READY = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext at first use)."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    """Make context the current context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _current[0] = context


class _ContextManager:
    def __init__(self, new):
        self.new = new

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or the current context),
    with kwargs applied, current inside the with block."""
    new = (ctx if ctx is not None else getcontext()).copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(new, name, value)
    return _ContextManager(new)


# ---- rounding --------------------------------------------------------------

def _round_away(rounding, sign, kept, dropped, half):
    """Whether dropping `dropped` (0 <= dropped < 2*half, half being half a
    unit of the last kept digit) moves kept away from zero."""
    if dropped == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return kept % 5 == 0
    if dropped != half:
        return dropped > half
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return kept % 2 == 1


def _drop_digits(sign, coef, count, rounding):
    """(coefficient with count digits dropped and rounded, dropped nonzero?)."""
    if count <= 0:
        return coef * 10 ** -count, False
    unit = 10 ** count
    kept, dropped = divmod(coef, unit)
    if _round_away(rounding, sign, kept, dropped * 2, unit):
        kept += 1
    return kept, dropped != 0


def _finalize(sign, coef, exp, context, conditions):
    """The Decimal for sign * coef * 10**exp rounded to context; appends the
    conditions raised on the way (rounding, overflow, subnormal, clamping)."""
    prec = context.prec
    etiny = context.Emin - prec + 1
    etop = context.Emax - prec + 1
    if coef == 0:
        top = etop if context.clamp else context.Emax
        new_exp = min(max(exp, etiny), top)
        if new_exp != exp:
            conditions.append(Clamped)
        return _make(sign, 0, new_exp)
    digits = _ndigits(coef)
    if exp + digits - 1 < context.Emin:
        # Subnormal: the precision shrinks so the exponent stays >= Etiny.
        conditions.append(Subnormal)
        if exp < etiny:
            coef, inexact = _drop_digits(sign, coef, etiny - exp, context.rounding)
            exp = etiny
            conditions.append(Rounded)
            if inexact:
                conditions.extend([Inexact, Underflow])
            if coef == 0:
                conditions.append(Clamped)
                return _make(sign, 0, exp)
        return _clamped(sign, coef, exp, etop, context, conditions)
    if digits > prec:
        coef, inexact = _drop_digits(sign, coef, digits - prec, context.rounding)
        exp += digits - prec
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        conditions.append(Rounded)
        if inexact:
            conditions.append(Inexact)
    if exp + _ndigits(coef) - 1 > context.Emax:
        conditions.extend([Overflow, Inexact, Rounded])
        if _overflow_to_infinity(context.rounding, sign):
            return _make_special(sign, 'F', 0)
        return _make(sign, 10 ** prec - 1, etop)
    return _clamped(sign, coef, exp, etop, context, conditions)


def _clamped(sign, coef, exp, etop, context, conditions):
    """With clamp=1, exponents above Etop are lowered by padding the
    coefficient with zeros."""
    if context.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        conditions.append(Clamped)
    return _make(sign, coef, exp)


def _overflow_to_infinity(rounding, sign):
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return False


def _finalize_result(value, context):
    if value._kind != 'f':
        return value
    conditions = []
    result = _finalize(value._sign, value._coef, value._exp, context, conditions)
    return context._signal(conditions, result)


# ---- exp, ln, log10 and fractional powers ----------------------------------
# Each is computed in fixed point (an integer scaled by 10**w) with guard
# digits, then rounded by _ziv: when the approximation, widened by its error
# bound, does not round to one result, the work is redone with more digits.

def _atanh_fixed(y, scale):
    """atanh(y / scale) * scale for |y| <= scale / 3."""
    if y < 0:
        return -_atanh_fixed(-y, scale)
    total = term = y
    y2 = y * y // scale
    k = 1
    while term:
        term = term * y2 // scale
        total += term // (2 * k + 1)
        k += 1
    return total


def _ln_consts(scale):
    ln2 = 2 * _atanh_fixed(scale // 3, scale)
    ln10 = 3 * ln2 + 2 * _atanh_fixed(scale // 9, scale)
    return ln2, ln10


def _ln_fixed(coef, exp, w):
    """ln(coef * 10**exp) * 10**w, within a few units."""
    digits = _ndigits(coef)
    tens = exp + digits
    w2 = w + 10 + len(str(abs(tens)))
    scale = 10 ** w2
    ln2, ln10 = _ln_consts(scale)
    # coef / 10**digits lies in [0.1, 1): doubling brings it into [0.5, 1).
    halvings = 0
    m = coef * scale // 10 ** digits
    while 2 * m < scale:
        m *= 2
        halvings += 1
    ln_m = 2 * _atanh_fixed((m - scale) * scale // (m + scale), scale)
    total = ln_m - halvings * ln2 + tens * ln10
    return total // 10 ** (w2 - w)


def _exp_fixed(x, w):
    """exp(x / 10**w) as (p, n): about p * 10**(n - w), 10**w <= p < 10**(w+1)."""
    magnitude = abs(x) // 10 ** w
    w2 = w + 12 + len(str(magnitude))
    scale = 10 ** w2
    x = x * 10 ** (w2 - w)
    _, ln10 = _ln_consts(scale)
    n = x // ln10
    r = x - n * ln10
    # exp(r) = exp(r / 2**8) ** (2**8): the series converges fast below 0.01.
    r >>= 8
    total = term = scale
    k = 1
    while term:
        term = term * r // (scale * k)
        total += term
        k += 1
    for _ in range(8):
        total = total * total // scale
    if total >= 10 * scale:
        total //= 10
        n += 1
    return total // 10 ** (w2 - w), n


def _half_even(context):
    """The context exp, ln and log10 round in: the spec fixes ROUND_HALF_EVEN."""
    rounding = context.copy()
    rounding.rounding = ROUND_HALF_EVEN
    return rounding


def _ziv(context, approximate, rounding=None):
    """Round the value approximate(w) describes, (sign, m, e) meaning
    sign * m * 10**e within 1000 units of m, to context (its flags; the
    rounding of `rounding` when given): correct rounding."""
    rounding = rounding or context
    prec = context.prec
    w = prec + 12
    for _ in range(12):
        sign, m, e = approximate(w)
        low, high = m - 1000, m + 1000
        if low > 0:
            conditions = []
            first = _finalize(sign, low * 10 + 1, e - 1, rounding, conditions)
            second = _finalize(sign, high * 10 - 1, e - 1, rounding, [])
            if (first._kind, first._coef, first._exp) == (second._kind, second._coef, second._exp):
                return context._signal(conditions, first)
        w += prec + 10
    conditions = []
    return context._signal(conditions, _finalize(sign, m * 10 + 1, e - 1, rounding, conditions))


def _iroot(n, k):
    """The integer k-th root of n >= 0 when n is a perfect k-th power, else None."""
    if n < 2:
        return n
    guess = 1 << -(-n.bit_length() // k)
    while True:
        better = ((k - 1) * guess + n // guess ** (k - 1)) // k
        if better >= guess:
            break
        guess = better
    return guess if guess ** k == n else None


def _exact_power(x, y):
    """x ** y as (coef, exp) when y is a fraction with a small denominator and
    the power is a finite decimal; None otherwise."""
    num, den = y.as_integer_ratio()
    num_x, den_x = x.as_integer_ratio()
    if den > 100 or abs(num) * max(_ndigits(num_x), _ndigits(den_x)) > 5000:
        return None
    top, bottom = _iroot(num_x ** abs(num), den), _iroot(den_x ** abs(num), den)
    if top is None or bottom is None:
        return None
    if num < 0:
        top, bottom = bottom, top
    exp = 0
    while bottom % 10 == 0:
        bottom //= 10
        exp -= 1
    for factor in (2, 5):
        while bottom % factor == 0:
            bottom //= factor
            top *= 10 // factor
            exp -= 1
    if bottom != 1:
        return None
    return top, exp


# ---- construction ------------------------------------------------------------

def _ndigits(n):
    """Number of decimal digits of n >= 0 (1 for 0), without str() (whose
    size limit long coefficients would hit)."""
    if n < 10 ** 15:
        return len(str(n))
    digits = (n.bit_length() * 1233) >> 12
    power = 10 ** digits
    while power > n:
        digits -= 1
        power //= 10
    while power * 10 <= n:
        digits += 1
        power *= 10
    return digits + 1


def _digit_string(n):
    """str(n) for n >= 0 of any length."""
    if n < 10 ** 4000:
        return str(n)
    half = _ndigits(n) // 2
    high, low = divmod(n, 10 ** half)
    return _digit_string(high) + _digit_string(low).zfill(half)


def _int_of_digits(text):
    """int(text) for a digit string of any length."""
    if len(text) <= 4000:
        return int(text)
    half = len(text) // 2
    return _int_of_digits(text[:-half]) * 10 ** half + _int_of_digits(text[-half:])


def _make(sign, coef, exp):
    self = object.__new__(Decimal)
    self._sign = sign
    self._coef = coef
    self._exp = exp
    self._kind = 'f'
    return self


def _make_special(sign, kind, payload):
    self = object.__new__(Decimal)
    self._sign = sign
    self._coef = payload
    self._exp = 0
    self._kind = kind
    return self


def _parse(text):
    """(sign, coef, exp, kind) of a numeric string, or None."""
    s = text.strip().replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdecimal():
                return None
            return sign, int(payload or '0'), 0, kind
    exp = 0
    mark = max(low.find('e'), -1)
    if mark >= 0:
        tail = s[mark + 1:]
        body = tail[1:] if tail[:1] in ('+', '-') else tail
        if not body or not body.isdecimal():
            return None
        exp = int(tail)
        s = s[:mark]
    whole, dot, frac = s.partition('.')
    if not (whole or frac) or (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    coef = _int_of_digits((whole + frac) or '0')
    return sign, coef, exp - len(frac), 'f'


class Decimal:
    """A decimal floating point number: Decimal('3.14'), Decimal(5),
    Decimal(0.1) (the float's exact value), Decimal((0, (1, 4), -1))."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            return _copy_as(cls, value)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                return _copy_as(cls, ctx._signal([ConversionSyntax], _NAN))
            sign, coef, exp, kind = parsed
            result = _make(sign, coef, exp) if kind == 'f' else _make_special(sign, kind, coef)
            return _copy_as(cls, result)
        if isinstance(value, int):
            return _copy_as(cls, _make(1 if value < 0 else 0, abs(int(value)), 0))
        if isinstance(value, float):
            # Implicit float conversion signals FloatOperation; from_float() does not.
            (context if context is not None else getcontext())._signal([FloatOperation], None)
            return _copy_as(cls, Decimal._exact_float(value))
        if isinstance(value, (list, tuple)):
            return _copy_as(cls, _from_tuple(value))
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return _copy_as(cls, Decimal._exact_float(f))

    @staticmethod
    def _exact_float(f):
        if f != f:
            return _make_special(0, 'n', 0)
        if f in (float('inf'), float('-inf')):
            return _make_special(1 if f < 0 else 0, 'F', 0)
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        num, den = abs(f).as_integer_ratio()
        k = den.bit_length() - 1
        return _make(sign, num * 5 ** k, -k)

    # ---- predicates and parts ---------------------------------------------

    def is_nan(self):
        return self._kind in ('n', 'N')

    def is_qnan(self):
        return self._kind == 'n'

    def is_snan(self):
        return self._kind == 'N'

    def is_infinite(self):
        return self._kind == 'F'

    def is_finite(self):
        return self._kind == 'f'

    def is_zero(self):
        return self._kind == 'f' and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def adjusted(self):
        """Exponent of the most significant digit (0 for specials)."""
        if self._kind != 'f':
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        digits = tuple(int(d) for d in _digit_string(self._coef)) if (self._kind == 'f' or self._coef) else ()
        exponent = {'f': self._exp, 'F': 'F', 'n': 'n', 'N': 'N'}[self._kind]
        if self._kind == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, exponent)

    def as_integer_ratio(self):
        if self._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != 'f':
            raise ValueError('cannot convert NaN to integer ratio')
        num = self._coef * 10 ** max(self._exp, 0)
        den = 10 ** max(-self._exp, 0)
        g = _math.gcd(num, den)
        num, den = num // g, den // g
        return (-num if self._sign else num), den

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def copy_abs(self):
        return _with_sign(self, 0)

    def copy_negate(self):
        return _with_sign(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _to_decimal(other, True)
        return _with_sign(self, other._sign)

    def same_quantum(self, other, context=None):
        other = _to_decimal(other, True)
        if self._kind != 'f' or other._kind != 'f':
            return (self.is_nan() and other.is_nan()) or (self._kind == other._kind == 'F')
        return self._exp == other._exp

    # ---- strings -----------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._kind == 'F':
            return sign + 'Infinity'
        if self._kind in ('n', 'N'):
            return sign + ('sNaN' if self._kind == 'N' else 'NaN') + (_digit_string(self._coef) if self._coef else '')
        digits = _digit_string(self._coef)
        left = self._exp + len(digits)
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._coef == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            body = digits + '0' * (dot - len(digits))
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if left == dot:
            return sign + body
        capitals = (context if context is not None else getcontext()).capitals
        return sign + body + ('E' if capitals else 'e') + '%+d' % (left - dot)

    def to_eng_string(self, context=None):
        """str() with exponents that are multiples of three."""
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec):
        """format() for the types e E f F g G n % (or none), with fill,
        alignment, sign, z, zero padding, width, ',' grouping and precision;
        rounding uses the current context's rounding."""
        if not isinstance(spec, str):
            raise TypeError('format() argument 2 must be str, not %s' % type(spec).__name__)
        fill, align, sign_opt, no_neg_zero, zero, width, grouping, precision, kind = _parse_format_spec(spec)
        context = getcontext()
        if kind is None:
            kind = 'G' if context.capitals else 'g'
        negative = self._sign == 1
        if self._kind != 'f':
            body = 'Infinity' if self._kind == 'F' else ('sNaN' if self._kind == 'N' else 'NaN')
            if self._coef and self._kind != 'F':
                body += _digit_string(self._coef)
            body += '%' if kind == '%' else ''
            intpart, rest = body, ''
            zero = grouping = False
        else:
            intpart, rest, negative = _format_finite(self, kind, precision, context)
            if no_neg_zero and negative and _is_zero_text(intpart, rest):
                negative = False
        sign = '-' if negative else ('+' if sign_opt == '+' else ' ' if sign_opt == ' ' else '')
        if zero and align is None:
            fill, align = '0', '='
        align = align or '>'
        if grouping:
            if fill == '0' and align == '=' and width is not None:
                intpart = _group_padded(intpart, width - len(sign) - len(rest))
            else:
                intpart = _group(intpart)
        body = intpart + rest
        if width is None or len(sign) + len(body) >= width:
            return sign + body
        pad = width - len(sign) - len(body)
        if align == '<':
            return sign + body + fill * pad
        if align == '>':
            return fill * pad + sign + body
        if align == '=':
            return sign + fill * pad + body
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)

    # ---- conversions -----------------------------------------------------

    def __bool__(self):
        return self._kind != 'f' or self._coef != 0

    def _integer_check(self):
        if self._kind in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer')
        if self._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer')

    def __int__(self):
        self._integer_check()
        value = self._coef * 10 ** self._exp if self._exp >= 0 else self._coef // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __floor__(self):
        self._integer_check()
        num, den = self.as_integer_ratio()
        return num // den

    def __ceil__(self):
        self._integer_check()
        num, den = self.as_integer_ratio()
        return -(-num // den)

    def __float__(self):
        if self._kind == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == 'n':
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is None:
            self._integer_check()
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- arithmetic ------------------------------------------------------

    def _nan_result(self, other, context):
        """The NaN an operation with a NaN operand gives (None if neither is
        a NaN); a signaling NaN also signals InvalidOperation."""
        for kind in ('N', 'n'):
            for operand in (self, other):
                if operand is not None and operand._kind == kind:
                    payload = operand._coef
                    if payload and _ndigits(payload) > context.prec - context.clamp:
                        # A payload longer than the precision allows keeps its low digits.
                        payload %= 10 ** (context.prec - context.clamp)
                    result = _make_special(operand._sign, 'n', payload)
                    return context._signal([InvalidOperation], result) if kind == 'N' else result
        return None

    def __add__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._kind == 'F' or other._kind == 'F':
            if self._kind == other._kind == 'F' and self._sign != other._sign:
                return context._signal([InvalidOperation], _NAN)
            return self if self._kind == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._coef * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign:
                sign = 1 if context.rounding == ROUND_FLOOR else 0
            else:
                sign = 0
        else:
            sign = 1 if total < 0 else 0
        conditions = []
        return context._signal(conditions, _finalize(sign, abs(total), exp, context, conditions))

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return self.__add__(_with_sign(other, 1 - other._sign), context)

    def __rsub__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._kind == 'F' or other._kind == 'F':
            if not self or not other:
                return context._signal([InvalidOperation], _NAN)
            return _make_special(sign, 'F', 0)
        conditions = []
        return context._signal(conditions, _finalize(sign, self._coef * other._coef, self._exp + other._exp,
                                                     context, conditions))

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._kind == 'F':
            if other._kind == 'F':
                return context._signal([InvalidOperation], _NAN)
            return _make_special(sign, 'F', 0)
        if other._kind == 'F':
            conditions = [Clamped]
            return context._signal(conditions, _make(sign, 0, context.Etiny()))
        if not other:
            if not self:
                return context._signal([DivisionUndefined], _NAN)
            return context._signal([DivisionByZero], _make_special(sign, 'F', 0))
        ideal = self._exp - other._exp
        conditions = []
        if not self:
            return context._signal(conditions, _finalize(sign, 0, ideal, context, conditions))
        a, b = self._coef, other._coef
        shift = _ndigits(b) - _ndigits(a) + context.prec + 1
        if shift >= 0:
            q, r = divmod(a * 10 ** shift, b)
        else:
            q, r = divmod(a, b * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return context._signal(conditions, _finalize(sign, q, exp, context, conditions))

    def __rtruediv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_integer(self, other, context, want):
        """Truncating division: the quotient ('q'), the remainder ('r') or
        both ('qr'), signalling only what the wanted results need."""
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan if len(want) == 1 else (nan, nan)
        sign = self._sign ^ other._sign
        if self._kind == 'F':
            if other._kind == 'F' or want == 'r':
                nan = context._signal([InvalidOperation], _NAN)
                return nan if len(want) == 1 else (nan, nan)
            if want == 'qr':
                return context._signal([InvalidOperation], (_make_special(sign, 'F', 0), _NAN))
            return _make_special(sign, 'F', 0)
        if not other and other._kind == 'f':
            if not self:
                nan = context._signal([DivisionUndefined], _NAN)
                return nan if len(want) == 1 else (nan, nan)
            if want == 'q':
                return context._signal([DivisionByZero], _make_special(sign, 'F', 0))
            if want == 'r':
                return context._signal([InvalidOperation], _NAN)
            return context._signal([InvalidOperation, DivisionByZero], (_make_special(sign, 'F', 0), _NAN))
        if other._kind == 'F':
            if want == 'q':
                return _make(sign, 0, 0)
            q, r, r_exp = 0, self._coef, self._exp
        else:
            r_exp = min(self._exp, other._exp)
            q, r = divmod(self._coef * 10 ** (self._exp - r_exp), other._coef * 10 ** (other._exp - r_exp))
            if _ndigits(q) > context.prec:
                nan = context._signal([DivisionImpossible], _NAN)
                return nan if len(want) == 1 else (nan, nan)
        conditions = []
        results = []
        if 'q' in want:
            results.append(_finalize(sign, q, 0, context, conditions))
        if 'r' in want:
            results.append(_finalize(self._sign, r, r_exp, context, conditions))
        return context._signal(conditions, results[0] if len(want) == 1 else tuple(results))

    def __floordiv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext(), 'q')

    def __rfloordiv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext(), 'r')

    def __rmod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext(), 'qr')

    def __rdivmod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            raise NotImplementedError("pvm's decimal has no three-argument pow()")
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._kind != 'f':
            raise NotImplementedError("pvm's decimal: infinite exponents are not supported")
        num, den = other.as_integer_ratio()
        if den != 1:
            if self._sign and (self or self._kind == 'F'):
                return context._signal([InvalidOperation], _NAN)
            if self and self._kind == 'f':
                return self._fractional_power(other, context)
            # A zero or infinity to a fractional power: as to an even integer one.
            num = 2 if num > 0 else -2
        sign = self._sign if num % 2 else 0
        if self._kind == 'F':
            if num == 0:
                return _make(0, 1, 0)
            return _make_special(sign, 'F', 0) if num > 0 else _make(sign, 0, 0)
        if num == 0:
            if not self:
                return context._signal([InvalidOperation], _NAN)
            return _make(0, 1, 0)
        if not self:
            if num < 0:
                return _make_special(sign, 'F', 0)
            return _make(sign, 0, 0)
        conditions = []
        magnitude = num * (_math.log10(self._coef) + self._exp)
        if magnitude < context.Emin + 1 and context.rounding not in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN):
            # CPython's results here depend on its intermediate roundings.
            raise NotImplementedError("pvm's decimal: powers near the subnormal range need a ROUND_HALF_* rounding")
        if magnitude > context.Emax + 2 or magnitude < context.Etiny() - 2:
            # Far out of range: the exact power is not needed to overflow or underflow.
            probe = context.Emax + 10 if magnitude > 0 else context.Etiny() - 10
            return context._signal(conditions, _finalize(sign, 1, probe, context, conditions))
        if abs(num) * _ndigits(self._coef) > 2000000:
            raise NotImplementedError("pvm's decimal: power too large to compute exactly")
        if num >= 0:
            return context._signal(conditions, _finalize(sign, self._coef ** num, self._exp * num, context,
                                                         conditions))
        return Decimal(1).__truediv__(_make(sign, self._coef ** -num, self._exp * -num), context)

    def __rpow__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F':
            return _make_special(1 - self._sign, 'F', 0)
        sign = 1 - self._sign
        if not self._coef:
            # 0 - x: zeros of opposite signs sum to -0 only when rounding toward -inf.
            sign = 1 if context.rounding == ROUND_FLOOR and self._sign == 0 else 0
        conditions = []
        return context._signal(conditions, _finalize(sign, self._coef, self._exp, context, conditions))

    def __pos__(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F':
            return self
        sign = self._sign
        if not self._coef:
            # 0 + x: zeros of opposite signs sum to -0 only when rounding toward -inf.
            sign = 1 if context.rounding == ROUND_FLOOR and self._sign == 1 else 0
        conditions = []
        return context._signal(conditions, _finalize(sign, self._coef, self._exp, context, conditions))

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        return _with_sign(self, 0).__pos__(context)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F':
            return _make(0, 0, 0) if self._sign else self
        if not self:
            return _make(0, 1, 0)
        prec = context.prec
        conditions = []
        adjusted = self.adjusted()
        if adjusted < -prec - 3:
            # 1 + x with x below the last digit: only the rounding direction remains.
            coef = 10 ** (prec + 4) + (-1 if self._sign else 1)
            return context._signal(conditions, _finalize(0, coef, -(prec + 4), _half_even(context),
                                                         conditions))
        limit = (max(context.Emax, -context.Etiny()) + 3) * 2.31
        if adjusted > 20 or float(self) > limit or float(self) < -limit:
            probe = context.Emax + 10 if not self._sign else context.Etiny() - 10
            return context._signal(conditions, _finalize(0, 1, probe, context, conditions))

        def approximate(w):
            x = self._coef * 10 ** (self._exp + w) if self._exp + w >= 0 else \
                self._coef // 10 ** -(self._exp + w)
            p, n = _exp_fixed(-x if self._sign else x, w)
            return 0, p, n - w
        return _ziv(context, approximate, _half_even(context))

    def ln(self, context=None):
        """Natural logarithm, correctly rounded."""
        return self._log(context, False)

    def log10(self, context=None):
        """Base 10 logarithm, correctly rounded (exact for powers of ten)."""
        return self._log(context, True)

    def _log(self, context, ten):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if not self and self._kind == 'f':
            return _make_special(1, 'F', 0)
        if self._sign:
            return context._signal([InvalidOperation], _NAN)
        if self._kind == 'F':
            return self
        coef, exp = self._coef, self._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        if coef == 1 and (ten or exp == 0):
            conditions = []
            return context._signal(conditions, _finalize(1 if exp < 0 else 0, abs(exp), 0, context,
                                                         conditions))

        def approximate(w):
            value = _ln_fixed(coef, exp, w + 2)
            if ten:
                scale = 10 ** (w + 2)
                value = value * scale // _ln_consts(scale)[1]
            return (1 if value < 0 else 0), abs(value) // 100, -w
        return _ziv(context, approximate, _half_even(context))

    def _fractional_power(self, other, context):
        """self ** other for a non-integral other and a finite, positive self."""
        exact = _exact_power(self, other)
        if exact is not None:
            # CPython pads an exact power to the full precision and calls it inexact.
            coef, exp = exact
            pad = context.prec
            conditions = []
            result = _finalize(0, coef * 10 ** pad, exp - pad, context, conditions)
            if Inexact not in conditions:
                conditions.append(Inexact)
            return context._signal(conditions, result)
        estimate = float(other) * (_math.log10(self._coef) + self._exp)
        if estimate > context.Emax + 2 or estimate < context.Etiny() - 2:
            probe = context.Emax + 10 if estimate > 0 else context.Etiny() - 10
            conditions = []
            return context._signal(conditions, _finalize(0, 1, probe, context, conditions))
        guard = len(str(int(abs(estimate)) + 1)) + _ndigits(other._coef) + 4

        def approximate(w):
            inner = w + guard
            log = _ln_fixed(self._coef, self._exp, inner)
            t = log * other._coef
            t = t * 10 ** other._exp if other._exp >= 0 else t // 10 ** -other._exp
            if other._sign:
                t = -t
            p, n = _exp_fixed(t // 10 ** guard, w)
            return 0, p, n - w
        return _ziv(context, approximate)

    def sqrt(self, context=None):
        """Square root, correctly rounded; exact results keep the ideal exponent."""
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if not self and self._kind == 'f':
            conditions = []
            return context._signal(conditions, _finalize(self._sign, 0, self._exp // 2, context, conditions))
        if self._sign:
            return context._signal([InvalidOperation], _NAN)
        if self._kind == 'F':
            return self
        ideal = self._exp // 2
        prec = context.prec
        # Scale the coefficient to an even exponent with enough digits for
        # prec + 1 digits of root, then take the integer root.
        coef, exp = self._coef, self._exp
        extra = max(0, 2 * (prec + 1) - _ndigits(coef) + 2)
        if (exp - extra) % 2:
            extra += 1
        coef *= 10 ** extra
        exp -= extra
        root = _math.isqrt(coef)
        exact = root * root == coef
        root_exp = exp // 2
        conditions = []
        if exact:
            while root_exp < ideal and root % 10 == 0:
                root //= 10
                root_exp += 1
        elif root % 5 == 0:
            root += 1
        rounding_context = context.copy()
        rounding_context.rounding = ROUND_HALF_EVEN
        result = _finalize(0, root, root_exp, rounding_context, conditions)
        return context._signal(conditions, result)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (by rounding or the context's) to exp's exponent."""
        exp = _to_decimal(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._kind == 'F' or exp._kind == 'F':
            if self._kind == exp._kind == 'F':
                return self
            return context._signal([InvalidOperation], _NAN)
        target = exp._exp
        if not context.Etiny() <= target <= context.Emax:
            return context._signal([InvalidOperation], _NAN)
        if not self._coef:
            return _make(self._sign, 0, target)
        coef, inexact = _drop_digits(self._sign, self._coef, target - self._exp, rounding)
        if _ndigits(coef) > context.prec:
            return context._signal([InvalidOperation], _NAN)
        conditions = []
        if target > self._exp:
            conditions.append(Rounded)
            if inexact:
                conditions.append(Inexact)
        if coef and target + _ndigits(coef) - 1 > context.Emax:
            return context._signal([InvalidOperation], _NAN)
        if coef and target + _ndigits(coef) - 1 < context.Emin:
            conditions.append(Subnormal)
            if inexact:
                conditions.append(Underflow)
        if context.clamp and target > context.Etop():
            coef *= 10 ** (target - context.Etop())
            target = context.Etop()
            conditions.append(Clamped)
        return context._signal(conditions, _make(self._sign, coef, target))

    def to_integral_value(self, rounding=None, context=None):
        """The nearest integer (by rounding), exponent max(exp, 0); no flags."""
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F' or self._exp >= 0:
            return self
        coef, _ = _drop_digits(self._sign, self._coef, -self._exp, rounding or context.rounding)
        return _make(self._sign, coef, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """to_integral_value(), signalling Rounded (and Inexact) when it rounds."""
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F' or self._exp >= 0:
            return self
        if not self._coef:
            return _make(self._sign, 0, 0)
        coef, inexact = _drop_digits(self._sign, self._coef, -self._exp, rounding or context.rounding)
        conditions = [Rounded, Inexact] if inexact else [Rounded]
        return context._signal(conditions, _make(self._sign, coef, 0))

    def is_normal(self, context=None):
        """Finite, nonzero and with adjusted exponent >= Emin."""
        context = context or getcontext()
        return self._kind == 'f' and self._coef != 0 and self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        """Finite, nonzero and with adjusted exponent < Emin."""
        context = context or getcontext()
        return self._kind == 'f' and self._coef != 0 and self.adjusted() < context.Emin

    def normalize(self, context=None):
        """Rounded to the context, trailing zeros stripped (zero is 0)."""
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F':
            return self
        conditions = []
        value = context._signal(conditions, _finalize(self._sign, self._coef, self._exp, context, conditions))
        if value._kind != 'f':
            return value
        if not value._coef:
            return _make(value._sign, 0, 0)
        coef, exp = value._coef, value._exp
        top = context.Etop() if context.clamp else context.Emax
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _make(value._sign, coef, exp)

    # ---- comparisons -----------------------------------------------------

    def _compare_key(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals by value."""
        if self._kind == 'F' or other._kind == 'F':
            a = (-1 if self._sign else 1) if self._kind == 'F' else 0
            b = (-1 if other._sign else 1) if other._kind == 'F' else 0
            if a and b:
                return (a > b) - (a < b)
            return a if a else -b
        if not self._coef and not other._coef:
            return 0
        a_sign = 0 if not self._coef else (-1 if self._sign else 1)
        b_sign = 0 if not other._coef else (-1 if other._sign else 1)
        if a_sign != b_sign:
            return (a_sign > b_sign) - (a_sign < b_sign)
        a_adj, b_adj = self.adjusted(), other.adjusted()
        if a_adj != b_adj:
            result = 1 if a_adj > b_adj else -1
        else:
            exp = min(self._exp, other._exp)
            a = self._coef * 10 ** (self._exp - exp)
            b = other._coef * 10 ** (other._exp - exp)
            result = (a > b) - (a < b)
        return result * a_sign

    def _compare_with(self, other, ordering):
        """(self, other) as Decimals for a rich comparison, or NotImplemented;
        floats and Rationals are compared exactly."""
        context = getcontext()
        if isinstance(other, float):
            # Ordering comparisons raise FloatOperation when trapped; == only flags it.
            if ordering:
                context._signal([FloatOperation], None)
            else:
                context.flags[FloatOperation] = True
            return Decimal._exact_float(other)
        if isinstance(other, (int, Decimal)):
            return _to_decimal(other)
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            return ('rational', other)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            return Decimal._exact_float(other.real)
        return NotImplemented

    def __eq__(self, other):
        other = self._compare_with(other, False)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            return self._rational_compare(other[1]) == 0
        if self._kind == 'N' or other._kind == 'N':
            getcontext()._signal([InvalidOperation], None)
            return False
        if self.is_nan() or other.is_nan():
            return False
        return self._compare_key(other) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other):
        other = self._compare_with(other, True)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            return self._rational_compare(other[1])
        if self.is_nan() or other.is_nan():
            getcontext()._signal([InvalidOperation], None)
            return None
        return self._compare_key(other)

    def _rational_compare(self, rational):
        if self._kind in ('n', 'N'):
            getcontext()._signal([InvalidOperation], None)
            return None
        if self._kind == 'F':
            return -1 if self._sign else 1
        num, den = self.as_integer_ratio()
        a, b = num * rational.denominator, rational.numerator * den
        return (a > b) - (a < b)

    def __lt__(self, other):
        key = self._order(other)
        return key if key is NotImplemented else (key is not None and key < 0)

    def __le__(self, other):
        key = self._order(other)
        return key if key is NotImplemented else (key is not None and key <= 0)

    def __gt__(self, other):
        key = self._order(other)
        return key if key is NotImplemented else (key is not None and key > 0)

    def __ge__(self, other):
        key = self._order(other)
        return key if key is NotImplemented else (key is not None and key >= 0)

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN if either is a NaN."""
        other = _to_decimal(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return Decimal(self._compare_key(other))

    def max(self, other, context=None):
        other = _to_decimal(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self._pick_with_nan(other, context)
        key = self._compare_key(other) or _total_preference(self, other)
        return _finalize_result(self if key >= 0 else other, context)

    def min(self, other, context=None):
        other = _to_decimal(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self._pick_with_nan(other, context)
        key = self._compare_key(other) or _total_preference(self, other)
        return _finalize_result(self if key <= 0 else other, context)

    def _pick_with_nan(self, other, context):
        if self._kind == 'N' or other._kind == 'N':
            return self._nan_result(other, context)
        if self._kind == 'n' and other._kind == 'n':
            return self
        return _finalize_result(other if self._kind == 'n' else self, context)

    # ---- the specification's less common operations -----------------------

    def number_class(self, context=None):
        """The operand's class: 'sNaN', 'NaN', '+Infinity', '-Zero', '+Subnormal', '-Normal'..."""
        if self._kind == 'N':
            return 'sNaN'
        if self._kind == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == 'F':
            return sign + 'Infinity'
        if not self._coef:
            return sign + 'Zero'
        context = context or getcontext()
        return sign + ('Subnormal' if self.adjusted() < context.Emin else 'Normal')

    def compare_total(self, other, context=None):
        """-1, 0 or 1 in the total ordering of representations (12.30 < 12.3, NaNs ordered)."""
        return Decimal(_total_compare(self, _to_decimal(other, True)))

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        other = _to_decimal(other, True)
        return Decimal(_total_compare(_with_sign(self, 0), _with_sign(other, 0)))

    def compare_signal(self, other, context=None):
        """compare(), but any NaN operand signals InvalidOperation."""
        other = _to_decimal(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            return context._signal([InvalidOperation], self._nan_result(other, context))
        return Decimal(self._compare_key(other))

    def _magnitude_pick(self, other, context, larger):
        if self.is_nan() or other.is_nan():
            return self._pick_with_nan(other, context)
        key = _with_sign(self, 0)._compare_key(_with_sign(other, 0)) or _total_compare(self, other)
        if larger:
            return _finalize_result(other if key == -1 else self, context)
        return _finalize_result(self if key == -1 else other, context)

    def max_mag(self, other, context=None):
        """The operand with the larger absolute value."""
        return self._magnitude_pick(_to_decimal(other, True), context or getcontext(), True)

    def min_mag(self, other, context=None):
        """The operand with the smaller absolute value."""
        return self._magnitude_pick(_to_decimal(other, True), context or getcontext(), False)

    def logb(self, context=None):
        """The adjusted exponent as a Decimal; -Infinity (DivisionByZero) for zero."""
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F':
            return _make_special(0, 'F', 0)
        if not self._coef:
            return context._signal([DivisionByZero], _make_special(1, 'F', 0))
        return _finalize_result(Decimal(self.adjusted()), context)

    def _integral_operand(self, other, context, bound):
        # The int of an operand that must be an integer with exponent 0 and
        # |value| <= bound, else None (InvalidOperation is the caller's).
        if other._kind != 'f' or other._exp != 0:
            return None
        value = -other._coef if other._sign else other._coef
        return value if -bound <= value <= bound else None

    def scaleb(self, other, context=None):
        """self * 10**other, other an integer."""
        other = _to_decimal(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        count = self._integral_operand(other, context, 2 * (context.Emax + context.prec))
        if count is None:
            return context._signal([InvalidOperation], _NAN)
        if self._kind == 'F':
            return self
        return _finalize_result(_make(self._sign, self._coef, self._exp + count), context)

    def _digits_moved(self, other, context, rotate):
        other = _to_decimal(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        count = self._integral_operand(other, context, context.prec)
        if count is None:
            return context._signal([InvalidOperation], _NAN)
        if self._kind == 'F':
            return self
        # The coefficient as exactly prec digits (padded or cut on the left).
        digits = _digit_string(self._coef).rjust(context.prec, '0')[-context.prec:]
        if rotate:
            moved = digits[count:] + digits[:count]
        elif count < 0:
            moved = digits[:count]
        else:
            moved = (digits + '0' * count)[-context.prec:]
        return _make(self._sign, _int_of_digits(moved.lstrip('0') or '0'), self._exp)

    def rotate(self, other, context=None):
        """The coefficient's prec digits rotated left by other (right if negative)."""
        return self._digits_moved(other, context, True)

    def shift(self, other, context=None):
        """The coefficient's prec digits shifted left by other (right if negative)."""
        return self._digits_moved(other, context, False)

    def _logical(self, other, context, combine):
        context = context or getcontext()
        operands = []
        for value in (self, other):
            text = _digit_string(value._coef) if value._kind == 'f' else ''
            if value._kind != 'f' or value._sign or value._exp or text.strip('01'):
                return context._signal([InvalidOperation], _NAN)
            operands.append(text.rjust(context.prec, '0')[-context.prec:])
        result = ''.join(str(combine(int(a), int(b))) for a, b in zip(*operands))
        return _make(0, _int_of_digits(result.lstrip('0') or '0'), 0)

    def logical_and(self, other, context=None):
        return self._logical(_to_decimal(other, True), context, lambda a, b: a & b)

    def logical_or(self, other, context=None):
        return self._logical(_to_decimal(other, True), context, lambda a, b: a | b)

    def logical_xor(self, other, context=None):
        return self._logical(_to_decimal(other, True), context, lambda a, b: a ^ b)

    def logical_invert(self, context=None):
        context = context or getcontext()
        return self._logical(_make(0, _int_of_digits('1' * context.prec), 0), context,
                             lambda a, b: a ^ b)

    def _step(self, context, up):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._kind == 'F':
            if self._sign == (0 if up else 1):
                return self
            return _make(self._sign, 10 ** context.prec - 1, context.Etop())
        # Round toward the direction at the context's precision; if that
        # leaves the value alone, add (or take) a unit below Etiny.
        quiet = context.copy()
        quiet.rounding = ROUND_CEILING if up else ROUND_FLOOR
        quiet.clear_traps()
        moved = _finalize(self._sign, self._coef, self._exp, quiet, [])
        if moved != self:
            return moved
        tiny = _make(0, 1, quiet.Etiny() - 1)
        return self.__add__(tiny, quiet) if up else self.__sub__(tiny, quiet)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._step(context, True)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._step(context, False)

    def next_toward(self, other, context=None):
        """The representable number next to self in the direction of other."""
        other = _to_decimal(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        order = self._compare_key(other)
        if order == 0:
            return self.copy_sign(other)
        result = self._step(context, order < 0)
        if result._kind == 'F':
            return context._signal([Overflow, Inexact, Rounded], result)
        if result.adjusted() < context.Emin:
            conditions = [Underflow, Subnormal, Inexact, Rounded]
            if not result._coef:
                conditions.append(Clamped)
            return context._signal(conditions, result)
        return result

    def fma(self, other, third, context=None):
        """self * other + third, with one rounding."""
        other = _to_decimal(other, True)
        third = _to_decimal(third, True)
        context = context or getcontext()
        if self._kind != 'f' or other._kind != 'f':
            for operand in (self, other):
                if operand._kind == 'N':
                    return operand._nan_result(None, context)
            if self._kind == 'n':
                product = self
            elif other._kind == 'n':
                product = other
            elif (self._kind == 'F' and not other._coef and other._kind == 'f') or (
                    other._kind == 'F' and not self._coef and self._kind == 'f'):
                return context._signal([InvalidOperation], _NAN)
            else:
                product = _make_special(self._sign ^ other._sign, 'F', 0)
        else:
            product = _make(self._sign ^ other._sign, self._coef * other._coef, self._exp + other._exp)
        return product.__add__(third, context)

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest self / other (ties to even)."""
        other = _to_decimal(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._kind == 'F':
            return context._signal([InvalidOperation], _NAN)
        if other._kind == 'f' and not other._coef:
            return context._signal([InvalidOperation if self._coef else DivisionUndefined], _NAN)
        if other._kind == 'F':
            return _finalize_result(self, context)
        ideal = min(self._exp, other._exp)
        if not self._coef:
            return _finalize_result(_make(self._sign, 0, ideal), context)
        gap = self.adjusted() - other.adjusted()
        if gap >= context.prec + 1:
            return context._signal([DivisionImpossible], _NAN)
        if gap <= -2:
            return _finalize_result(_make(self._sign, self._coef * 10 ** (self._exp - ideal), ideal), context)
        a = self._coef * 10 ** (self._exp - ideal)
        b = other._coef * 10 ** (other._exp - ideal)
        quotient, rest = divmod(a, b)
        if 2 * rest + (quotient & 1) > b:
            rest -= b
            quotient += 1
        if quotient >= 10 ** context.prec:
            return context._signal([DivisionImpossible], _NAN)
        sign = self._sign
        if rest < 0:
            sign = 1 - sign
            rest = -rest
        return _finalize_result(_make(sign, rest, ideal), context)

    def __hash__(self):
        if self._kind == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == 'n':
            return object.__hash__(self)
        if self._kind == 'F':
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            value = self._coef * pow(10, self._exp, modulus) % modulus
        else:
            value = self._coef * pow(pow(10, -self._exp, modulus), -1, modulus) % modulus
        result = -value if self._sign else value
        return -2 if result == -1 else result


_NAN = _make_special(0, 'n', 0)


def _parse_format_spec(spec):
    """(fill, align, sign, z, zero, width, grouping, precision, type) of a
    format spec; ValueError('invalid format string') when malformed."""
    fill, align = ' ', None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    sign_opt = None
    if spec[i:i + 1] in ('+', '-', ' '):
        sign_opt = spec[i]
        i += 1
    no_neg_zero = spec[i:i + 1] == 'z'
    if no_neg_zero:
        i += 1
    zero = spec[i:i + 1] == '0'
    if zero:
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    grouping = spec[i:i + 1] == ','
    if grouping:
        i += 1
    precision = None
    if spec[i:i + 1] == '.':
        start = i + 1
        i = start
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = None
    if i < len(spec):
        kind = spec[i]
        i += 1
        if kind not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != len(spec):
        raise ValueError('invalid format string')
    if kind == 'n' and grouping:
        raise ValueError('invalid format string')
    return fill, align, sign_opt, no_neg_zero, zero, width, grouping, precision, kind


def _format_finite(value, kind, precision, context):
    """(integer part, rest, negative) of a finite Decimal formatted by kind."""
    coef, exp = value._coef, value._exp
    if kind == '%':
        exp += 2
    if precision is not None:
        if kind in 'eE':
            keep = precision + 1
            drop = _ndigits(coef) - keep
        elif kind in 'fF%':
            drop = -precision - exp
        else:
            keep = max(precision, 1)
            drop = max(_ndigits(coef) - keep, 0)
        if coef == 0:
            # Zeros keep their exponent under 'e' (gaining digits), take -precision under 'f'.
            if kind in 'fF%':
                exp = -precision
        else:
            coef, _ = _drop_digits(value._sign, coef, drop, context.rounding)
            exp += drop
            if kind in 'eEgGn' and coef and _ndigits(coef) > (keep if kind in 'eE' else max(precision, 1)):
                coef //= 10
                exp += 1
    if coef == 0 and exp > 0 and kind in 'fF%':
        exp = 0
    digits = _digit_string(coef)
    if coef == 0 and kind in 'eE' and precision is not None:
        digits = '0' * (precision + 1)
    left = exp + len(digits)
    if kind in 'eE':
        dot = 1
    elif kind in 'fF%':
        dot = left
    else:
        dot = left if exp <= 0 and left > -6 else 1
    if dot <= 0:
        intpart, frac = '0', '0' * -dot + digits
    elif dot >= len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot], digits[dot:]
    rest = '.' + frac if frac else ''
    if dot != left or kind in 'eE':
        rest += ('E' if kind in 'EG' else 'e') + '%+d' % (left - dot)
    if kind == '%':
        rest += '%'
    return intpart, rest, value._sign == 1


def _is_zero_text(intpart, rest):
    mantissa = (intpart + rest).split('e')[0].split('E')[0].rstrip('%')
    return set(mantissa) <= set('0.')


def _group(intpart):
    groups = []
    while len(intpart) > 3:
        groups.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    groups.insert(0, intpart)
    return ','.join(groups)


def _group_padded(intpart, min_width):
    """intpart grouped by ',' and padded with leading zeros (and their
    separators) to at least min_width characters."""
    text = _group(intpart)
    while len(text) < min_width:
        intpart = '0' + intpart
        text = _group(intpart)
    return text


def _total_preference(a, b):
    """Order of numerically equal a and b in the total ordering: the
    positive one, else (positive) the larger or (negative) the smaller
    exponent is greater."""
    if a._sign != b._sign:
        return 1 if b._sign else -1
    if a._exp == b._exp:
        return 0
    larger = 1 if a._exp > b._exp else -1
    return -larger if a._sign else larger


_TOTAL_RANK = {'f': 0, 'F': 1, 'N': 2, 'n': 3}


def _total_compare(a, b):
    """-1, 0 or 1: a and b in the specification's total ordering."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank_a, rank_b = _TOTAL_RANK[a._kind], _TOTAL_RANK[b._kind]
    if rank_a != rank_b:
        result = 1 if rank_a > rank_b else -1
    elif rank_a >= 2:
        result = (a._coef > b._coef) - (a._coef < b._coef)
    elif rank_a == 1:
        result = 0
    else:
        result = _with_sign(a, 0)._compare_key(_with_sign(b, 0)) or (a._exp > b._exp) - (a._exp < b._exp)
    return -result if a._sign else result


def _copy_as(cls, value):
    if cls is Decimal and type(value) is Decimal:
        return value
    result = object.__new__(cls)
    result._sign, result._coef, result._exp, result._kind = value._sign, value._coef, value._exp, value._kind
    return result


def _with_sign(value, sign):
    if value._kind == 'f':
        return _make(sign, value._coef, value._exp)
    return _make_special(sign, value._kind, value._coef)


def _to_decimal(value, strict=False):
    """value as a Decimal (ints exactly); NotImplemented for other types, or
    TypeError when strict."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _make(1 if value < 0 else 0, abs(int(value)), 0)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
    return NotImplemented


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if not isinstance(digits, (list, tuple)) or any(not isinstance(d, int) or not 0 <= d <= 9 for d in digits):
        raise ValueError('coefficient must be a tuple of digits')
    coef = int(''.join(map(str, digits)) or '0')
    if exp == 'F':
        return _make_special(sign, 'F', 0)
    if exp in ('n', 'N'):
        return _make_special(sign, exp, coef)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _make(sign, coef, exp)


_numbers.Number.register(Decimal)
