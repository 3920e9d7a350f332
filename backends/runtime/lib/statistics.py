"""pvm's `statistics` module (averages and spread), written for pvm in Python.

mean, fmean, median, median_low, median_high, mode, multimode, variance,
pvariance, stdev and pstdev over int, bool and float data.  As in CPython,
sums and sums of squares are exact: every value is taken as an integer
ratio and the arithmetic is done on (numerator, denominator) pairs, so the
float results are the correctly rounded values of the exact answers (the
standard deviations are correctly rounded square roots).  Results keep
CPython's types (an int mean when the exact mean is an integer), and its
error messages.  Not provided: geometric_mean, harmonic_mean, quantiles,
median_grouped, covariance, correlation, linear_regression, NormalDist.
"""

import math

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


# -- exact rationals as (numerator, denominator) pairs, denominator > 0 ------

def _reduced(num, den):
    g = math.gcd(num, den)
    if g > 1:
        return num // g, den // g
    return num, den


def _as_ratio(x):
    """x as an exact (num, den) pair, or (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


class _Accumulator:
    """Exact running sums of the values (and optionally of their squares),
    the count, and the result type their mix calls for."""

    def __init__(self, squares):
        self.count = 0
        self.kinds = []
        self.total = (0, 1)
        self.total_sq = (0, 1)
        self.squares = squares
        self.special = None      # sum of the infinities / NaNs met, if any

    def add_all(self, values):
        kinds = self.kinds
        for x in values:
            kind = type(x)
            if kind not in kinds:
                kinds.append(kind)
            num, den = _as_ratio(x)
            self.count += 1
            if den is None:
                self.special = num if self.special is None else self.special + num
                continue
            t_num, t_den = self.total
            self.total = _reduced(t_num * den + num * t_den, t_den * den)
            if self.squares:
                s_num, s_den = self.total_sq
                d2 = den * den
                self.total_sq = _reduced(s_num * d2 + num * num * s_den, s_den * d2)
        return self

    def result_type(self):
        chosen = int
        for kind in self.kinds:
            chosen = _wider(chosen, kind)
        return chosen


def _wider(have, new):
    """The type a mix of `have` and `new` values reports its results in."""
    if have is new or new is int or new is bool:
        return have
    if have is int:
        return new
    if issubclass(new, have):
        return new
    if issubclass(have, new):
        return have
    if issubclass(have, int):
        return new
    if issubclass(new, int):
        return have
    raise TypeError("don't know how to coerce %s and %s" % (have.__name__, new.__name__))


def _to_type(num, den, kind):
    """The exact num/den in the result type `kind` (float when an int type
    cannot hold it exactly)."""
    if issubclass(kind, int):
        if den == 1:
            return kind(num)
        return num / den
    if kind is float:
        return num / den
    # Other types get the exact ratio (Fraction stays exact); Decimal takes
    # the numerator and divides in its own context, as CPython's _convert.
    from fractions import Fraction
    try:
        return kind(Fraction(num, den))
    except TypeError:
        return kind(num) / den


def _divide(ratio, k):
    num, den = ratio
    return _reduced(num, den * k)


def _root_of_ratio(num, den):
    """The correctly rounded float square root of num/den (both ints, num >= 0).

    An integer root with some 65 significant bits is taken of the ratio
    scaled by a power of 4; a root that is not exact gets its lowest bit set
    (rounding to odd), which makes the final conversion to float round
    exactly as the true root would.
    """
    if num == 0:
        return 0.0
    shift = (130 - num.bit_length() + den.bit_length()) // 2
    if shift >= 0:
        top, bottom = num << (2 * shift), den
    else:
        top, bottom = num, den << (-2 * shift)
    root = math.isqrt(top // bottom)
    if root * root * bottom != top:
        root |= 1
    if shift >= 0:
        return root / (1 << shift)
    return float(root << -shift)


# -- averages -----------------------------------------------------------------

def mean(data):
    """Arithmetic mean, computed exactly and then rounded once."""
    acc = _Accumulator(False).add_all(data)
    if acc.count < 1:
        raise StatisticsError('mean requires at least one data point')
    kind = acc.result_type()
    if acc.special is not None:
        return _to_type_special(acc.special / acc.count, kind)
    num, den = _divide(acc.total, acc.count)
    return _to_type(num, den, kind)


def _to_type_special(value, kind):
    if type(value) is kind:
        return value
    return kind(value)


def _counting(items, seen):
    for item in items:
        seen[0] += 1
        yield item


def fmean(data, weights=None):
    """Fast float mean (math.fsum), optionally weighted."""
    seen = [0]
    try:
        size = len(data)
    except TypeError:
        size = None
        data = _counting(data, seen)
    if weights is None:
        total = math.fsum(data)
        if size is None:
            size = seen[0]
        if not size:
            raise StatisticsError('fmean requires at least one data point')
        return total / size
    try:
        wanted = len(weights)
    except TypeError:
        weights = list(weights)
        wanted = len(weights)
    weighted = math.fsum(x * w for x, w in zip(data, weights))
    if size is None:
        size = seen[0]
    if size != wanted:
        raise StatisticsError('data and weights must be the same length')
    weight_sum = math.fsum(weights)
    if not weight_sum:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight_sum


def median(data):
    """Middle value; the mean of the two middle values for even counts."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Middle value; the smaller of the two middle values for even counts."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return ordered[(n - 1) // 2]


def median_high(data):
    """Middle value; the larger of the two middle values for even counts."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return ordered[n // 2]


def _tally(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen among equally common ones)."""
    counts = _tally(data)
    best = None
    top = 0
    for value, count in counts.items():
        if count > top:
            best, top = value, count
    if not top:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """All most common values, in the order first seen."""
    counts = _tally(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


# -- spread -------------------------------------------------------------------

def _squared_deviations(data, center):
    """(result type, sum of squared deviations, count) with the exact sum as
    a (num, den) pair, or as a float when infinities or NaNs were met."""
    if center is not None:
        acc = _Accumulator(False).add_all((x - center) * (x - center) for x in data)
        kind = acc.result_type()
        if acc.special is not None:
            return kind, acc.special, acc.count
        return kind, acc.total, acc.count
    acc = _Accumulator(True).add_all(data)
    kind = acc.result_type()
    n = acc.count
    if acc.special is not None:
        return kind, acc.special, n
    if n == 0:
        return kind, (0, 1), 0
    s_num, s_den = acc.total
    q_num, q_den = acc.total_sq
    # (n * sum(x*x) - sum(x)**2) / n, exactly
    spread = _reduced(n * q_num * s_den * s_den - s_num * s_num * q_den,
                      q_den * s_den * s_den * n)
    return kind, spread, n


def _spread(data, center, divisor_offset, name, least):
    kind, ss, n = _squared_deviations(data, center)
    if n < least:
        if least == 2:
            raise StatisticsError('%s requires at least two data points' % name)
        raise StatisticsError('%s requires at least one data point' % name)
    return kind, ss, n - divisor_offset


def variance(data, xbar=None):
    """Sample variance (divides by n - 1)."""
    kind, ss, k = _spread(data, xbar, 1, 'variance', 2)
    if isinstance(ss, float):
        return _to_type_special(ss / k, kind)
    num, den = _divide(ss, k)
    return _to_type(num, den, kind)


def pvariance(data, mu=None):
    """Population variance (divides by n)."""
    kind, ss, k = _spread(data, mu, 0, 'pvariance', 1)
    if isinstance(ss, float):
        return _to_type_special(ss / k, kind)
    num, den = _divide(ss, k)
    return _to_type(num, den, kind)


def _root(ss, k):
    if isinstance(ss, float):
        raise AttributeError("'float' object has no attribute 'numerator'")
    num, den = _divide(ss, k)
    return _root_of_ratio(num, den)


def stdev(data, xbar=None):
    """Sample standard deviation: the correctly rounded root of variance."""
    kind, ss, k = _spread(data, xbar, 1, 'stdev', 2)
    return _root(ss, k)


def pstdev(data, mu=None):
    """Population standard deviation: the correctly rounded root of pvariance."""
    kind, ss, k = _spread(data, mu, 0, 'pstdev', 1)
    return _root(ss, k)
