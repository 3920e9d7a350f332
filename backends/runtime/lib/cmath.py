"""pvm's implementation of the `cmath` module, written in Python.

Complex elementary functions for finite arguments with the formulas C
libraries use for accurate branch cuts (scaled square roots, log1p near the
unit circle, Kahan-style inverse functions, overflow-safe hyperbolics), so
results agree with CPython's, with its ValueError('math domain error') and
OverflowError('math range error'). Arguments with an infinite or NaN part
are answered as CPython answers them: from its special-value tables
(_cmath_special.py, generated from CPython by scripts/gen_cmath_special.py)
by the class of each part, or, for an infinite real part beside a nonzero
finite imaginary part in exp, cosh, sinh, tanh and rect, from the signs of
cos and sin of the finite part.
"""

import math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
           'exp', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10',
           'phase', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
           'e', 'pi', 'tau', 'inf', 'infj', 'nan', 'nanj']

e = math.e
pi = math.pi
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = math.sqrt(_LARGE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_LOG_LARGE = math.log(_LARGE)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _arg(z):
    """z as a complex, accepting what CPython's 'D' argument format accepts."""
    if isinstance(z, complex):
        return z
    if isinstance(z, (str, bytes, bytearray)) or z is None:
        raise TypeError(f"must be real number, not {type(z).__name__}")
    if hasattr(type(z), '__complex__'):
        return complex(z)
    if isinstance(z, (int, float)) or hasattr(type(z), '__float__') \
            or hasattr(type(z), '__index__'):
        return complex(float(z), 0.0)
    raise TypeError(f"must be real number, not {type(z).__name__}")


_SPECIAL_TABLES = []


def _class(x):
    """C99 Annex G's classes of a part: -inf, negative, -0, +0, positive, +inf, nan."""
    if math.isnan(x):
        return 6
    if math.isinf(x):
        return 0 if x < 0 else 5
    if x == 0.0:
        return 2 if math.copysign(1.0, x) < 0 else 3
    return 1 if x < 0 else 4


def _special(name, x, y):
    """CPython's answer for a function's argument with an infinite or NaN part."""
    if not _SPECIAL_TABLES:
        from _cmath_special import TABLES
        _SPECIAL_TABLES.append(TABLES)
    cell = _SPECIAL_TABLES[0][name][(_class(x), _class(y))]
    if cell == 'ValueError':
        raise ValueError("math domain error")
    return complex(float(cell[0]), float(cell[1]))


def _infinite_hyperbolic(x, y, real_sign, imag_sign):
    """cosh/sinh/exp-style results for an infinite x and a nonzero finite y: infinite
    parts whose signs follow cos(y) and sin(y) (times the given signs)."""
    return complex(real_sign * math.copysign(math.inf, math.cos(y)),
                   imag_sign * math.copysign(math.inf, math.sin(y)))


def _nonfinite(x, y):
    return not (math.isfinite(x) and math.isfinite(y))


def _computed_cell(x, y):
    """An infinite x with a nonzero finite y: the cells CPython computes, not looks up."""
    return math.isinf(x) and math.isfinite(y) and y != 0.0


def _checked(real, imag):
    if math.isinf(real) or math.isinf(imag):
        raise OverflowError("math range error")
    return complex(real, imag)


def _sqrt(x, y):
    if _nonfinite(x, y):
        return _special('sqrt', x, y)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def sqrt(z, /):
    """The square root of z (branch cut along the negative real axis)."""
    z = _arg(z)
    return _sqrt(z.real, z.imag)


def exp(z, /):
    """e ** z."""
    z = _arg(z)
    x, y = z.real, z.imag
    if _nonfinite(x, y):
        if _computed_cell(x, y):
            if x > 0:
                return _infinite_hyperbolic(x, y, 1.0, 1.0)
            return complex(math.copysign(0.0, math.cos(y)), math.copysign(0.0, math.sin(y)))
        return _special('exp', x, y)
    if x > _LOG_LARGE:
        scale = math.exp(x - 1.0)
        return _checked(scale * math.cos(y) * math.e, scale * math.sin(y) * math.e)
    scale = math.exp(x)
    return _checked(scale * math.cos(y), scale * math.sin(y))


def _log(z):
    x, y = z.real, z.imag
    if _nonfinite(x, y):
        return _special('log', x, y)
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = (math.log(math.hypot(math.ldexp(ax, 53), math.ldexp(ay, 53)))
                    - 53 * _LN2)
        else:
            raise ValueError("math domain error")
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big = max(ax, ay)
            small = min(ax, ay)
            real = math.log1p((big - 1) * (big + 1) + small * small) / 2
        else:
            real = math.log(h)
    return complex(real, math.atan2(y, x))


def log(z, base=None, /):
    """The natural logarithm of z, or its logarithm to the given base."""
    result = _log(_arg(z))
    if base is not None:
        result = result / _log(_arg(base))
    return result


def log10(z, /):
    """The base-10 logarithm of z."""
    r = _log(_arg(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def _asinh(x, y):
    if _nonfinite(x, y):
        return _special('asinh', x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            real = math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(real, math.atan2(y, abs(x)))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z, /):
    """The inverse hyperbolic sine of z."""
    z = _arg(z)
    return _asinh(z.real, z.imag)


def asin(z, /):
    """The arc sine of z."""
    z = _arg(z)
    s = _asinh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def acos(z, /):
    """The arc cosine of z."""
    z = _arg(z)
    x, y = z.real, z.imag
    if _nonfinite(x, y):
        return _special('acos', x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = math.atan2(abs(y), x)
        magnitude = math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if x < 0:
            imag = -math.copysign(magnitude, y)
        else:
            imag = math.copysign(magnitude, -y)
        return complex(real, imag)
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return complex(2.0 * math.atan2(s1.real, s2.real),
                   math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    """The inverse hyperbolic cosine of z."""
    z = _arg(z)
    x, y = z.real, z.imag
    if _nonfinite(x, y):
        return _special('acosh', x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0,
                       math.atan2(y, x))
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * math.atan2(s1.imag, s2.real))


def _atanh(x, y):
    if _nonfinite(x, y):
        return _special('atanh', x, y)
    if x < 0.0:
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = math.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -math.copysign(math.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))),
                       math.copysign(math.atan2(2.0, -ay) / 2.0, y))
    return complex(math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z, /):
    """The inverse hyperbolic tangent of z."""
    z = _arg(z)
    return _atanh(z.real, z.imag)


def atan(z, /):
    """The arc tangent of z."""
    z = _arg(z)
    s = _atanh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def _cosh(x, y):
    if _nonfinite(x, y):
        if _computed_cell(x, y):
            return _infinite_hyperbolic(x, y, 1.0, 1.0 if x > 0 else -1.0)
        return _special('cosh', x, y)
    if abs(x) > _LOG_LARGE:
        shifted = x - math.copysign(1.0, x)
        return _checked(math.cos(y) * math.cosh(shifted) * math.e,
                        math.sin(y) * math.sinh(shifted) * math.e)
    return _checked(math.cos(y) * math.cosh(x), math.sin(y) * math.sinh(x))


def _sinh(x, y):
    if _nonfinite(x, y):
        if _computed_cell(x, y):
            return _infinite_hyperbolic(x, y, 1.0 if x > 0 else -1.0, 1.0)
        return _special('sinh', x, y)
    if abs(x) > _LOG_LARGE:
        shifted = x - math.copysign(1.0, x)
        return _checked(math.cos(y) * math.sinh(shifted) * math.e,
                        math.sin(y) * math.cosh(shifted) * math.e)
    return _checked(math.cos(y) * math.sinh(x), math.sin(y) * math.cosh(x))


def _tanh(x, y):
    if _nonfinite(x, y):
        if _computed_cell(x, y):
            return complex(math.copysign(1.0, x), math.copysign(0.0, 2.0 * math.sin(y) * math.cos(y)))
        return _special('tanh', x, y)
    if abs(x) > _LOG_LARGE:
        return complex(math.copysign(1.0, x),
                       4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z, /):
    """The hyperbolic cosine of z."""
    z = _arg(z)
    return _cosh(z.real, z.imag)


def sinh(z, /):
    """The hyperbolic sine of z."""
    z = _arg(z)
    return _sinh(z.real, z.imag)


def tanh(z, /):
    """The hyperbolic tangent of z."""
    z = _arg(z)
    return _tanh(z.real, z.imag)


def cos(z, /):
    """The cosine of z."""
    z = _arg(z)
    return _cosh(-z.imag, z.real)


def sin(z, /):
    """The sine of z."""
    z = _arg(z)
    s = _sinh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def tan(z, /):
    """The tangent of z."""
    z = _arg(z)
    s = _tanh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def phase(z, /):
    """The argument of z, in [-pi, pi]."""
    z = _arg(z)
    return math.atan2(z.imag, z.real)


def polar(z, /):
    """(abs(z), phase(z))."""
    z = _arg(z)
    r = math.hypot(z.real, z.imag)
    if math.isinf(r) and math.isfinite(z.real) and math.isfinite(z.imag):
        raise OverflowError("math range error")
    return r, math.atan2(z.imag, z.real)


def rect(r, phi, /):
    """The complex number with modulus r and argument phi."""
    r = float(r)
    phi = float(phi)
    if _nonfinite(r, phi):
        if _computed_cell(r, phi):
            sign = 1.0 if r > 0 else -1.0
            return _infinite_hyperbolic(r, phi, sign, sign)
        return _special('rect', r, phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z, /):
    z = _arg(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z, /):
    z = _arg(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z, /):
    z = _arg(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are close within the relative or absolute tolerance."""
    a = _arg(a)
    b = _arg(b)
    rel_tol = float(rel_tol)
    abs_tol = float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return (diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a)
            or diff <= abs_tol)
