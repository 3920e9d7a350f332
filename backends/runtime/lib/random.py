"""pvm's `random` module, written in Python for pvm.

One class does everything: `Random` keeps a 624-word MT19937 table and turns
its 32-bit outputs into floats, integers, choices and the usual distributions.
Each public method consumes the generator in the same order and amount as
CPython 3.11 does, so a given seed (int, float, str, bytes or bytearray)
yields the same numbers as under CPython; the module-level functions are the
methods of one shared, clock-seeded instance.
"""

import time as _clock
import math as _m
from collections.abc import Set as _AbstractSet, Sequence as _SequenceABC
from operator import index as _as_index
from itertools import accumulate as _running_totals
from bisect import bisect as _bisect_right
from hashlib import sha512 as _sha512

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random",
    "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
    "uniform", "vonmisesvariate", "weibullvariate",
]

# Public constants of CPython's module (same values).
NV_MAGICCONST = 4 * _m.exp(-0.5) / _m.sqrt(2.0)
LOG4 = _m.log(4.0)
SG_MAGICCONST = 1.0 + _m.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
TWOPI = _m.tau

_WORDS = 624          # size of the twister's table
_SHIFT = 397          # distance of the partner word in a refill
_TWIST = 0x9908b0df
_HIGH_BIT = 0x80000000
_WORD = 0xffffffff
_UNIT = 1             # randrange's default step, told apart by identity
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


def _warn(text, category=UserWarning, stacklevel=1):
    # Imported here: warnings is rarely needed and costly to import.
    import warnings
    warnings.warn(text, category, stacklevel + 1)


def _integer_arg(value, complaint):
    """`value` as an int for randrange(); a float with an integral value is
    accepted (deprecated in CPython), anything else fractional is refused."""
    try:
        return _as_index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
            raise ValueError(complaint) from None
        _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 and '
              'will be removed in a subsequent version', DeprecationWarning, 3)
        return as_int


def _words_of(n):
    """The 32-bit words of a non-negative int, least significant first
    ([0] for zero)."""
    words = []
    while n:
        words.append(n & _WORD)
        n >>= 32
    return words or [0]


class Random:
    """A Mersenne Twister generator with its own state.

    Subclasses may bring their own source of randomness by overriding
    random(), seed(), getstate() and setstate(); defining getrandbits() too
    lets randrange() and friends reach ranges of any size.
    """

    VERSION = 3

    def __new__(cls, *args, **kwargs):
        # The table exists before __init__ runs, as with CPython's C type.
        obj = super().__new__(cls)
        obj._table = [0] * _WORDS
        obj._pos = _WORDS + 1
        return obj

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick how _randbelow draws for a subclass: whichever of
        # getrandbits()/random() the subclass defines nearest in its MRO
        # (an explicit _randbelow wins).
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._below_by_bits
                return
            if 'random' in own:
                cls._randbelow = cls._below_by_floats
                return

    # ---- the twister itself ------------------------------------------------

    def _fill_linear(self, start):
        table = self._table
        table[0] = start
        for pos in range(1, _WORDS):
            last = table[pos - 1]
            table[pos] = (1812433253 * (last ^ (last >> 30)) + pos) & _WORD
        self._pos = _WORDS

    def _load_key(self, key):
        """MT19937's init_by_array: mix the key words into a fixed table."""
        self._fill_linear(19650218)
        table = self._table
        at, kpos, nkey = 1, 0, len(key)
        for _ in range(max(_WORDS, nkey)):
            last = table[at - 1]
            table[at] = ((table[at] ^ ((last ^ (last >> 30)) * 1664525))
                         + key[kpos] + kpos) & _WORD
            at += 1
            kpos += 1
            if at >= _WORDS:
                table[0] = table[_WORDS - 1]
                at = 1
            if kpos >= nkey:
                kpos = 0
        for _ in range(_WORDS - 1):
            last = table[at - 1]
            table[at] = ((table[at] ^ ((last ^ (last >> 30)) * 1566083941)) - at) & _WORD
            at += 1
            if at >= _WORDS:
                table[0] = table[_WORDS - 1]
                at = 1
        table[0] = _HIGH_BIT
        self._pos = _WORDS

    def _refill(self):
        table = self._table
        for pos in range(_WORDS):
            joined = (table[pos] & _HIGH_BIT) | (table[(pos + 1) % _WORDS] & 0x7fffffff)
            word = table[(pos + _SHIFT) % _WORDS] ^ (joined >> 1)
            if joined & 1:
                word ^= _TWIST
            table[pos] = word
        self._pos = 0

    def _next32(self):
        if self._pos >= _WORDS:
            if self._pos > _WORDS:      # never seeded: MT's default seed
                self._fill_linear(5489)
            self._refill()
        y = self._table[self._pos]
        self._pos += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        return y ^ (y >> 18)

    def _seed_from(self, a):
        """Seed the table the way CPython's C layer does for `a`."""
        if a is None:
            stamp = int(_clock.time() * 1e9) ^ int(_clock.perf_counter() * 1e9)
            self._load_key(_words_of(stamp & ((1 << 128) - 1)))
            return
        if isinstance(a, int):
            number = abs(int(a))
        else:
            number = hash(a) % (1 << 64)
        self._load_key(_words_of(number))

    # ---- state ------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Reset the generator from `a` (None: the clock; an int: every bit
        of it; str/bytes/bytearray: all their bytes under version 2, the old
        64-bit string hash under version 1; a float: its hash)."""
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            acc = (ord(text[0]) << 7) if text else 0
            for ch in text:
                acc = ((1000003 * acc) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            acc ^= len(text)
            a = -2 if acc == -1 else acc
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _sha512(raw).digest(), 'big')
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        self._seed_from(a)
        self.gauss_next = None

    def getstate(self):
        """A snapshot (version, table words + position, pending gauss value)."""
        return self.VERSION, tuple(self._table) + (self._pos,), self.gauss_next

    def setstate(self, state):
        """Go back to a snapshot made by getstate()."""
        version = state[0]
        if version == 3:
            version, words, self.gauss_next = state
        elif version == 2:
            version, words, self.gauss_next = state
            # Version-2 pickles could hold words outside 32 bits.
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError('state with version %s passed to Random.setstate() '
                             'of version %s' % (version, self.VERSION))
        if not isinstance(words, tuple):
            raise TypeError('state vector must be a tuple')
        if len(words) != _WORDS + 1:
            raise ValueError('state vector is the wrong size')
        table = []
        for w in words[:_WORDS]:
            if not isinstance(w, int):
                raise TypeError('an integer is required')
            if w < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if w >= 1 << 64:
                raise OverflowError('Python int too large to convert to C unsigned long')
            table.append(w & _WORD)
        pos = _as_index(words[_WORDS])
        if not 0 <= pos <= _WORDS:
            raise ValueError('invalid state')
        self._table = table
        self._pos = pos

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- raw output -------------------------------------------------------

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        high = self._next32() >> 5
        low = self._next32() >> 6
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        """A non-negative int of k random bits."""
        k = _as_index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._next32() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            word = self._next32()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # ---- integers ---------------------------------------------------------

    def _below_by_bits(self, n):
        """An int in [0, n) by rejection sampling on n.bit_length() bits."""
        width = n.bit_length()
        draw = self.getrandbits(width)
        while draw >= n:
            draw = self.getrandbits(width)
        return draw

    def _below_by_floats(self, n, maxsize=1 << BPF):
        """An int in [0, n) for subclasses that only provide random()."""
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _m.floor(self.random() * n)
        if n == 0:
            return 0
        cutoff = (maxsize - maxsize % n) / maxsize
        u = self.random()
        while u >= cutoff:
            u = self.random()
        return _m.floor(u * maxsize) % n

    _randbelow = _below_by_bits

    def randrange(self, start, stop=None, step=_UNIT):
        """A random member of range(start, stop, step), or of range(start)
        when stop is omitted."""
        first = _integer_arg(start, 'non-integer arg 1 for randrange()')
        if stop is None:
            if step is not _UNIT:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _integer_arg(stop, 'non-integer stop for randrange()')
        span = last - first
        stride = _integer_arg(step, 'non-integer step for randrange()')
        if stride == 1:
            if span > 0:
                return first + self._randbelow(span)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (first, last, span))
        if stride == 0:
            raise ValueError('zero step for randrange()')
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int n with a <= n <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences --------------------------------------------------------

    def choice(self, seq):
        """A random item of the non-empty sequence `seq`."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Put the items of the mutable sequence x in random order, in place."""
        below = self._randbelow
        for hi in range(len(x) - 1, 0, -1):
            lo = below(hi + 1)
            x[hi], x[lo] = x[lo], x[hi]

    def sample(self, population, k, *, counts=None):
        """k items drawn without replacement from the sequence `population`
        (left unchanged); `counts` gives how many copies of each item the
        population holds."""
        if not isinstance(population, _SequenceABC):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = list(_running_totals(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(bounds, p)] for p in picks]
        below = self._randbelow
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        out = [None] * k
        # Small populations: partial Fisher-Yates on a copy; large ones:
        # redraw indexes already taken (CPython's threshold, so the same
        # draws are made).
        threshold = 21
        if k > 5:
            threshold += 4 ** _m.ceil(_m.log(k * 3, 4))
        if size <= threshold:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                out[i] = pool[j]
                pool[j] = pool[size - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                out[i] = population[j]
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items drawn with replacement, uniformly or in proportion to
        `weights` (or to the steps of `cum_weights`)."""
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_m.floor(self.random() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m.isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect_right(cum_weights, self.random() * total, 0, top)]
                for _ in range(k)]

    # ---- real-valued distributions ----------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """A float in [low, high] with a triangular density peaking at mode
        (the midpoint by default)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _m.sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """A normally distributed float (mean mu, standard deviation sigma)."""
        # Kinderman and Monahan's ratio-of-uniforms method.
        while True:
            a = self.random()
            b = 1.0 - self.random()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_m.log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """A normally distributed float by the Box-Muller method."""
        # Box-Muller: each pair of uniforms gives two normals; the second is
        # kept for the next call.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            z = _m.cos(angle) * radius
            self.gauss_next = _m.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal variate with mean mu and deviation sigma."""
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """An exponentially distributed float with rate lambd (mean 1/lambd)."""
        return -_m.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """An angle in [0, 2*pi) from the von Mises distribution around mu
        with concentration kappa (uniform when kappa is tiny)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _m.sqrt(1.0 + half * half)
        while True:
            z = _m.cos(_m.pi * self.random())
            d = z / (rho + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _m.exp(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        if self.random() > 0.5:
            return (mu + _m.acos(f)) % TWOPI
        return (mu - _m.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """A gamma-distributed float: shape alpha > 0, scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            # Cheng's rejection method (R. C. H. Cheng, 1977).
            a = _m.sqrt(2.0 * alpha - 1.0)
            b = alpha - LOG4
            c = alpha + a
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _m.log(u1 / (1.0 - u1)) / a
                x = alpha * _m.exp(v)
                z = u1 * u1 * u2
                r = b + c * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _m.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_m.log(1.0 - self.random()) * beta
        # alpha < 1: Ahrens and Dieter's GS algorithm.
        while True:
            bound = (_m.e + alpha) / _m.e
            p = bound * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_m.log((bound - p) / alpha)
            u = self.random()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _m.exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """A float in [0, 1] from the beta distribution (alpha, beta > 0),
        as a ratio of two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """A Pareto-distributed float (shape alpha), at least 1."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """A Weibull-distributed float (scale alpha, shape beta)."""
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """A Random seeded from the host's entropy (pvm has no os.urandom: a
    Mersenne Twister the program cannot predict); seed() is ignored and the
    state cannot be read or set, as in CPython's."""

    def seed(self, a=None, version=2):
        if a is None:
            super().seed(None)
        return None

    def getstate(self):
        raise NotImplementedError('System entropy source does not have state.')

    def setstate(self, state):
        raise NotImplementedError('System entropy source does not have state.')


# The module-level functions share one generator.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
