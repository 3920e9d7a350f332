"""pvm's `statistics` module (averages and spread), written for pvm in Python.

mean, fmean, median, median_low, median_high, mode, multimode, variance,
pvariance, stdev and pstdev over int, bool and float data.  As in CPython,
sums and sums of squares are exact: every value is taken as an integer
ratio and the arithmetic is done on (numerator, denominator) pairs, so the
float results are the correctly rounded values of the exact answers (the
standard deviations are correctly rounded square roots).  Results keep
CPython's types (an int mean when the exact mean is an integer), and its
error messages.  geometric_mean, harmonic_mean, median_grouped, quantiles,
covariance, correlation, linear_regression and NormalDist follow 3.11's
definitions (NormalDist.inv_cdf is Wichura's AS 241, as CPython's).
"""

import math

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


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


# -- other averages -----------------------------------------------------------

def geometric_mean(data):
    """The n-th root of the product, through the mean of the logarithms."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _nonnegative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """Weighted count over the weighted sum of reciprocals, summed exactly."""
    message = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        from numbers import Real
        from decimal import Decimal
        if not isinstance(x, (Real, Decimal)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        count = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        count = _Accumulator(False).add_all(_nonnegative(weights, message)).total
    try:
        acc = _Accumulator(False).add_all(
            w / x if w else 0 for w, x in zip(weights, _nonnegative(data, message)))
    except ZeroDivisionError:
        return 0
    num, den = acc.total
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    c_num, c_den = count
    return _to_type(*_reduced(c_num * den, c_den * num), acc.result_type())


def median_grouped(data, interval=1):
    """The median of continuous data grouped in classes `interval` wide (a float)."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = ordered[n // 2]
    from bisect import bisect_left, bisect_right
    below = bisect_left(ordered, x)
    frequency = bisect_right(ordered, x, lo=below) - below
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    return x - interval / 2.0 + interval * (n / 2 - below) / frequency


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing the data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# -- relations between two variables -------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centered_sums(x, y, n):
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    return xbar, ybar, sxy, sxx


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    n = _paired(x, y, 'correlation')
    xbar, ybar, sxy, sxx = _centered_sums(x, y, n)
    syy = math.fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def _linear_regression_type():
    from collections import namedtuple
    return namedtuple('LinearRegression', ('slope', 'intercept'))


LinearRegression = None


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    global LinearRegression
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        xbar, ybar, sxy, sxx = _centered_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    if LinearRegression is None:
        LinearRegression = _linear_regression_type()
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ybar - slope * xbar)


# -- the normal distribution -----------------------------------------------------

class NormalDist:
    """A normal distribution of a random variable: mu and sigma, with its
    density, distribution and quantile functions and arithmetic."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        if not isinstance(data, (list, tuple)):
            data = list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return math.exp(d * d / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density curves."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        x, y = self, other
        if (y._sigma, y._mu) < (x._sigma, x._mu):
            x, y = y, x
        xv, yv = x.variance, y.variance
        if not xv or not yv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = yv - xv
        dm = abs(y._mu - x._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * x._sigma * math.sqrt(2.0)))
        a = x._mu * yv - y._mu * xv
        b = x._sigma * y._sigma * math.sqrt(dm * dm + dv * math.log(yv / xv))
        lo, hi = (a + b) / dv, (a - b) / dv
        return 1.0 - (abs(y.cdf(lo) - x.cdf(lo)) + abs(y.cdf(hi) - x.cdf(hi)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * abs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / abs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


# Wichura's algorithm AS 241 (PPND16): three rational approximations of the
# normal quantile, for the centre, the near tail and the far tail. Each list
# is the numerator's then the denominator's coefficients, constant term first.
_AS241 = (
    ((3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
      45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727),
     (1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
      21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561)),
    ((1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
      1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4),
     (1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
      0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9)),
    ((6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
      0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7),
     (1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
      7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15)),
)


def _as241_ratio(part, r):
    top, bottom = _AS241[part]
    num = top[7]
    den = bottom[7]
    for k in range(6, -1, -1):
        num = num * r + top[k]
        den = den * r + bottom[k]
    return num, den


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if abs(q) <= 0.425:
        num, den = _as241_ratio(0, 0.180625 - q * q)
        return mu + (q * num / den) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        num, den = _as241_ratio(1, r - 1.6)
    else:
        num, den = _as241_ratio(2, r - 5.0)
    x = num / den
    return mu + (-x if q < 0.0 else x) * sigma
