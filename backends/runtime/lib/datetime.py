"""pvm's datetime: date, time, datetime, timedelta, tzinfo and timezone.

Behaviour, reprs and error messages are those of CPython 3.11's C module.
Dates are proleptic Gregorian and are converted through ordinals (0001-01-01 is
day 1); a timedelta is kept as normalized (days, seconds, microseconds) with
0 <= seconds < 86400 and 0 <= microseconds < 10**6. Local time comes from the
`time` module (localtime of a POSIX timestamp); strftime and strptime are
implemented here for the C locale.
"""
import operator as _operator
import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_STARTS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_ABBR = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_MAX_ORDINAL = 3652059
_EPOCH_ORDINAL = 719163
_C_INT_MAX = 2 ** 31 - 1


# ---- calendar arithmetic -------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_LENGTHS[month - 1]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _day_of_year(year, month, day):
    return _MONTH_STARTS[month - 1] + (month > 2 and _is_leap(year)) + day


def _to_ordinal(year, month, day):
    return _days_before_year(year) + _day_of_year(year, month, day)


def _from_ordinal(n):
    """(year, month, day) of ordinal n (1 is 0001-01-01)."""
    year = n * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    left = n - _days_before_year(year)
    leap = _is_leap(year)
    month = 12
    while _MONTH_STARTS[month - 1] + (month > 2 and leap) >= left:
        month -= 1
    return year, month, left - _MONTH_STARTS[month - 1] - (month > 2 and leap)


def _iso_week1_monday(year):
    """Ordinal of the Monday of ISO week 1 (the week holding January 4th)."""
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _div_even(a, b):
    """a / b rounded to the nearest int, ties to even (b != 0)."""
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


def _index(value):
    """The int a date/time field argument stands for, with the C module's
    message for non-integers."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


_MISSING = object()


def _require(year, month, day):
    """The C constructors' message for a missing year, month or day."""
    for position, (name, value) in enumerate((('year', year), ('month', month), ('day', day))):
        if value is _MISSING:
            raise TypeError("function missing required argument '%s' (pos %d)" % (name, position + 1))


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    fold = _index(fold)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(cls):
    """The name CPython's C types carry ('datetime.date'); subclasses their own."""
    if cls in (date, datetime, time, timedelta, timezone, tzinfo):
        return 'datetime.' + cls.__name__
    return cls.__name__


def _checked_offset(owner, method, value):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not \'%s\'' % (method, type(value).__name__))
    if not -timedelta(1) < value < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return value


def _format_offset(offset, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a utcoffset; '' for None."""
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (sep, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


def _format_clock(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, microsecond // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, microsecond)
    raise ValueError('Unknown timespec value')


# ---- strftime --------------------------------------------------------------

def _strftime(fmt, fields, tzname_of, offset_of):
    """Format for the C locale. fields = (year, month, day, hour, minute,
    second, microsecond); tzname_of()/offset_of() give %Z and %z lazily."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    year, month, day, hour, minute, second, microsecond = fields
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flag = ''
        while i < n and fmt[i] in '-_0^#':
            flag = fmt[i]
            i += 1
        width_start = i
        while i < n and fmt[i].isdigit():
            i += 1
        width = int(fmt[width_start:i]) if i > width_start else None
        if i < n and fmt[i] in 'EO':
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        code = fmt[i]
        i += 1
        text = _strftime_code(code, year, month, day, hour, minute, second, microsecond, tzname_of, offset_of)
        if text is None:
            out.append(fmt[start:i])
            continue
        out.append(_apply_flag(text, code, flag, width))
    return ''.join(out)


_NUMERIC_WIDTH = {'d': 2, 'm': 2, 'H': 2, 'I': 2, 'M': 2, 'S': 2, 'j': 3, 'y': 2, 'U': 2, 'W': 2,
                  'V': 2, 'C': 2, 'g': 2, 'e': 2, 'k': 2, 'l': 2}


def _apply_flag(text, code, flag, width):
    pad = '0'
    if flag == '-' and code in _NUMERIC_WIDTH:
        text = text.lstrip('0 ') or '0'
        return text
    if flag == '_' and code in _NUMERIC_WIDTH:
        stripped = text.lstrip('0 ') or '0'
        text = stripped.rjust(len(text))
        pad = ' '
    elif flag == '0' and code in 'ekl':
        text = text.replace(' ', '0')
    elif flag == '^':
        text = text.upper()
        pad = ' '
    elif flag == '#':
        text = text.lower() if code in 'pZ' else text.upper()
    elif code not in _NUMERIC_WIDTH and code not in 'YGfsz':
        pad = ' '
    if width is not None and len(text) < width:
        if flag == '_' or pad == ' ':
            text = text.rjust(width)
        elif text[:1] in '+-':
            text = text[0] + text[1:].rjust(width - 1, '0')
        else:
            text = text.rjust(width, '0')
    return text


def _strftime_code(code, year, month, day, hour, minute, second, microsecond, tzname_of, offset_of):
    weekday = (_to_ordinal(year, month, day) + 6) % 7
    if code == 'Y':
        return str(year)
    if code == 'm':
        return '%02d' % month
    if code == 'd':
        return '%02d' % day
    if code == 'H':
        return '%02d' % hour
    if code == 'M':
        return '%02d' % minute
    if code == 'S':
        return '%02d' % second
    if code == 'f':
        return '%06d' % microsecond
    if code == 'y':
        return '%02d' % (year % 100)
    if code == 'I':
        return '%02d' % ((hour + 11) % 12 + 1)
    if code == 'p':
        return 'AM' if hour < 12 else 'PM'
    if code == 'P':
        return 'am' if hour < 12 else 'pm'
    if code == 'a':
        return _DAY_ABBR[weekday]
    if code == 'A':
        return _DAY_NAMES[weekday]
    if code in 'bh':
        return _MONTH_ABBR[month - 1]
    if code == 'B':
        return _MONTH_NAMES[month - 1]
    if code == 'j':
        return '%03d' % _day_of_year(year, month, day)
    if code == 'w':
        return str((weekday + 1) % 7)
    if code == 'u':
        return str(weekday + 1)
    if code in 'UW':
        yday = _day_of_year(year, month, day) - 1
        first = (weekday + 1) % 7 if code == 'U' else weekday
        return '%02d' % ((yday + 7 - first) // 7)
    if code in 'GgV':
        iso_year, week, _ = _iso_calendar(year, month, day)
        if code == 'G':
            return str(iso_year)
        if code == 'g':
            return '%02d' % (iso_year % 100)
        return '%02d' % week
    if code == 'C':
        return str(year // 100)
    if code == 'e':
        return '%2d' % day
    if code == 'k':
        return '%2d' % hour
    if code == 'l':
        return '%2d' % ((hour + 11) % 12 + 1)
    if code == 'z':
        return _format_offset(offset_of(), '')
    if code == 'Z':
        name = tzname_of()
        return '' if name is None else name
    if code == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_ABBR[weekday], _MONTH_ABBR[month - 1], day,
                                               hour, minute, second, year)
    if code in 'xD':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if code in 'XT':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if code == 'F':
        return '%d-%02d-%02d' % (year, month, day)
    if code == 'R':
        return '%02d:%02d' % (hour, minute)
    if code == 'r':
        return '%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, second, 'AM' if hour < 12 else 'PM')
    if code == 's':
        days = _to_ordinal(year, month, day) - _EPOCH_ORDINAL
        local = days * 86400 + hour * 3600 + minute * 60 + second
        return str(local - _local_offset_seconds(local))
    if code == 'n':
        return '\n'
    if code == 't':
        return '\t'
    if code == '%':
        return '%'
    return None


def _ctime(year, month, day, hour, minute, second):
    weekday = (_to_ordinal(year, month, day) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_ABBR[weekday], _MONTH_ABBR[month - 1], day,
                                             hour, minute, second, year)


def _iso_calendar(year, month, day):
    ordinal = _to_ordinal(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if ordinal < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    elif iso_year < MAXYEAR and ordinal >= _iso_week1_monday(iso_year + 1):
        iso_year += 1
        week1 = _iso_week1_monday(iso_year)
    week, weekday = divmod(ordinal - week1, 7)
    return iso_year, week + 1, weekday + 1


# ---- local time --------------------------------------------------------------

def _local_offset_seconds(utc_seconds, strict=False):
    """Seconds east of UTC of local time at POSIX time utc_seconds. strict:
    a local time before year 1 is an error (CPython probes a day back)."""
    try:
        lt = _time.localtime(utc_seconds)
    except (OverflowError, ValueError, OSError):
        return -_time.timezone
    if strict and lt.tm_year < MINYEAR:
        raise ValueError('year %d is out of range' % lt.tm_year)
    days = _to_ordinal(lt.tm_year, lt.tm_mon, lt.tm_mday) - _EPOCH_ORDINAL
    local = days * 86400 + lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec
    return local - int(utc_seconds)


def _local_zone_name(utc_seconds):
    """The local time zone's abbreviation at utc_seconds, or None."""
    try:
        lt = _time.localtime(utc_seconds)
    except (OverflowError, ValueError, OSError):
        return None
    name = getattr(lt, 'tm_zone', None)
    if name is None and hasattr(_time, 'tzname'):
        name = _time.tzname[1 if lt.tm_isdst > 0 else 0]
    return name


def _local_to_utc_seconds(local, fold):
    """POSIX time of a naive local time (seconds since the epoch, read as
    local); fold picks the later of two candidates in a repeated hour."""
    first = local - _local_offset_seconds(local - 86400, True)
    second = local - _local_offset_seconds(local + 86400)
    candidates = []
    for u in (first, second):
        if u + _local_offset_seconds(u) == local and u not in candidates:
            candidates.append(u)
    if not candidates:
        # In a gap (the clock jumped forward): fold=0 reads the time with the
        # offset before the jump, fold=1 with the offset after it.
        return second if fold else first
    candidates.sort()
    return candidates[-1] if fold and len(candidates) > 1 else candidates[0]


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.2e18 < t < 9.2e18:
            raise OverflowError('timestamp out of range for platform time_t')
        whole = int(t)
        us = int(round((t - whole) * 1e6))
        if us >= 1000000:
            whole, us = whole + 1, us - 1000000
        elif us < 0:
            whole, us = whole - 1, us + 1000000
        return whole, us
    if not isinstance(t, int):
        if not hasattr(type(t), '__float__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        return _split_timestamp(float(t))
    if not -2 ** 63 <= t < 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return int(t), 0


def _fields_from_utc_seconds(seconds):
    days, rest = divmod(seconds, 86400)
    y, m, d = _from_ordinal(days + _EPOCH_ORDINAL)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


# ---- timedelta ----------------------------------------------------------------

_TD_FACTORS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', _US_PER_SECOND),
               ('minutes', 60 * _US_PER_SECOND), ('hours', 3600 * _US_PER_SECOND),
               ('days', _US_PER_DAY), ('weeks', 7 * _US_PER_DAY))


def _td_from_us(cls, us):
    days, rest = divmod(us, _US_PER_DAY)
    if abs(days) > _C_INT_MAX:
        raise OverflowError('Python int too large to convert to C int')
    if abs(days) > 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
    self._hashcode = -1
    return self


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        given = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                 'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours, 'weeks': weeks}
        total = 0
        leftover = 0.0
        for name, factor in _TD_FACTORS:
            value = given[name]
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                whole = int(value) if value == value and abs(value) != float('inf') else value
                if not isinstance(whole, int):
                    int(value)
                total += whole * factor
                frac = value - whole
                if frac:
                    scaled = frac * factor
                    part = int(scaled)
                    total += part
                    leftover += scaled - part
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(value).__name__))
        if leftover:
            rounded = round(leftover)
            if abs(rounded - leftover) == 0.5:
                # Halfway: round the whole sum to even.
                odd = total % 2
                rounded = 2 * round((leftover + odd) * 0.5) - odd
            total += int(rounded)
        return _td_from_us(cls, total)

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(type(self)), ', '.join(parts) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        if self._days:
            text = '%d day%s, %s' % (self._days, '' if abs(self._days) == 1 else 's', text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._us())

    def __pos__(self):
        return _td_from_us(timedelta, self._us())

    def __abs__(self):
        return _td_from_us(timedelta, abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_even(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(timedelta, _div_even(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(timedelta, _div_even(self._us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    def _cmp_key(self, other):
        return (self._days, self._seconds, self._microseconds), (other._days, other._seconds, other._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            a, b = self._cmp_key(other)
            return a == b
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            a, b = self._cmp_key(other)
            return a != b
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            a, b = self._cmp_key(other)
            return a < b
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            a, b = self._cmp_key(other)
            return a <= b
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            a, b = self._cmp_key(other)
            return a > b
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            a, b = self._cmp_key(other)
            return a >= b
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- tzinfo ------------------------------------------------------------------

class tzinfo:
    """Abstract base for time zone information: subclasses give utcoffset(),
    dst() and tzname() for a datetime."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', None)
        args = args() if args is not None else ()
        state = getattr(self, '__dict__', None)
        if not state:
            return (type(self), args)
        return (type(self), args, state)


# ---- date --------------------------------------------------------------------

class IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO calendar, with named fields."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            'datetime.IsoCalendarDate' if type(self) is IsoCalendarDate else type(self).__name__, *self)


def _struct_time(year, month, day, hour, minute, second, dst):
    weekday = (_to_ordinal(year, month, day) + 6) % 7
    return _time.struct_time((year, month, day, hour, minute, second, weekday,
                              _day_of_year(year, month, day), dst))


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    if cls is not date:
        return cls(*_from_ordinal(n))
    self = object.__new__(date)
    self._year, self._month, self._day = _from_ordinal(n)
    self._hashcode = -1
    return self


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    """A datetime from fields known to be valid: exact datetimes skip the
    argument checks; subclasses go through their constructor, as in CPython."""
    if cls is not datetime:
        return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
    self = object.__new__(datetime)
    self._year, self._month, self._day = year, month, day
    self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _parse_iso_date(s):
    """(year, month, day) of 'YYYY-MM-DD', 'YYYYMMDD' or an ISO week date
    ('YYYY-Www[-D]', 'YYYYWww[D]'); None when malformed."""
    if not (len(s) >= 7 and s[:4].isdigit() and s[:4].isascii()):
        return None
    year = int(s[:4])
    rest = s[4:]
    dashed = rest[:1] == '-'
    if dashed:
        rest = rest[1:]
    if rest[:1] == 'W':
        body = rest[1:]
        if dashed and len(body) == 4 and body[2] == '-':
            body = body[:2] + body[3:]
        elif dashed and len(body) not in (2,):
            return None
        if len(body) not in (2, 3) or not (body.isdigit() and body.isascii()):
            return None
        week = int(body[:2])
        weekday = int(body[2]) if len(body) == 3 else 1
        try:
            return _from_iso_calendar(year, week, weekday)
        except ValueError:
            return None
    if dashed:
        if len(rest) != 5 or rest[2] != '-':
            return None
        rest = rest[:2] + rest[3:]
    if len(rest) != 4 or not (rest.isdigit() and rest.isascii()):
        return None
    return year, int(rest[:2]), int(rest[2:])


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        long_year = False
        if week == 53:
            jan1 = (_to_ordinal(year, 1, 1) + 6) % 7
            long_year = jan1 == 3 or (jan1 == 2 and _is_leap(year))
        if not long_year:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError('Year is out of range: %d' % year)
    return _from_ordinal(ordinal)


class date:
    """A calendar date (year, month, day) of the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if month is _MISSING and isinstance(year, (bytes, str)) and len(year) == 4 and 1 <= ord(year[2:3]) <= 12:
            return cls._from_state(year)
        _require(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hashcode = -1
        return self

    @classmethod
    def _from_state(cls, state):
        if isinstance(state, str):
            state = state.encode('latin1')
        self = object.__new__(cls)
        self._year, self._month, self._day = state[0] * 256 + state[1], state[2], state[3]
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Local date of a POSIX timestamp (rounded down to the second)."""
        seconds, _ = _split_timestamp(t)
        if isinstance(t, float):
            seconds = int(t // 1)
        y, m, d, _, _, _ = _fields_from_utc_seconds(seconds + _local_offset_seconds(seconds))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of proleptic Gregorian ordinal n (0001-01-01 is 1)."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % 10000)
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """date from an ISO 8601 date string."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) in (7, 8, 10):
            parts = _parse_iso_date(date_string)
            if parts is not None:
                return cls(*parts)
        raise ValueError('Invalid isoformat string: %r' % (date_string,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """date from ISO year, week number and weekday."""
        return cls(*_from_iso_calendar(_index(year), _index(week), _index(day)))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(type(self)), self._year, self._month, self._day)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """'Wed Jan  1 00:00:00 2020' (format of time.ctime())."""
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """Format by directives as time.strftime, time fields zero."""
        return _strftime(format, (self._year, self._month, self._day, 0, 0, 0, 0),
                         lambda: None, lambda: None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('format() argument 2 must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """time.struct_time of the date (time fields zero, tm_isdst -1)."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday)."""
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        """The date with the given fields replaced."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            return NotImplemented
        if self._comparable(other):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            return NotImplemented
        if self._comparable(other):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._state())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._state(),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- timezone ----------------------------------------------------------------

class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        name = _type_name(type(self))
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ---- time --------------------------------------------------------------------

def _ascii_digits(s):
    return s.isascii() and s.isdigit()


def _parse_iso_clock(s):
    """(hour, minute, second, microsecond, tz) of an ISO time with an optional
    'Z' or [+-]HH[:MM[:SS[.f]]] offset (one space may precede it); None when
    malformed."""
    cut = len(s)
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    clock, zone = s[:cut], s[cut:]
    if zone and clock.endswith(' '):
        clock = clock[:-1]
    parts = _parse_iso_hms(clock)
    if parts is None:
        return None
    tz = None
    if zone == 'Z':
        tz = _UTC
    elif zone:
        offset = _parse_iso_hms(zone[1:])
        if offset is None:
            return None
        hh, mm, ss, us = offset
        delta = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
        tz = timezone(-delta if zone[0] == '-' else delta)
    return parts + (tz,)


def _parse_iso_hms(s):
    """(hour, minute, second, microsecond) of 'HH[:MM[:SS]]' or 'HH[MM[SS]]'
    with an optional fraction after a '.' or ',' (digits past the sixth are
    dropped); None when malformed."""
    values = []
    i = 0
    colons = None
    while True:
        if len(s) < i + 2 or not _ascii_digits(s[i:i + 2]):
            return None
        values.append(int(s[i:i + 2]))
        i += 2
        if i == len(s) or s[i] in '.,' or len(values) == 3:
            break
        separated = s[i] == ':'
        if colons is None:
            colons = separated
        elif colons != separated:
            return None
        if separated:
            i += 1
    microsecond = 0
    if i < len(s):
        if s[i] in '.,':
            i += 1
        elif colons or len(s) - i < 2:
            return None
        fraction = s[i:]
        if not _ascii_digits(fraction):
            return None
        microsecond = int((fraction + '000000')[:6])
    values += [0] * (3 - len(values))
    return values[0], values[1], values[2], microsecond


class time:
    """A time of day (hour, minute, second, microsecond) with optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 0x7F < 24:
            return cls._from_state(hour, minute or None)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    @classmethod
    def _from_state(cls, state, tz):
        if isinstance(state, str):
            state = state.encode('latin1')
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._fold = 1 if state[0] > 127 else 0
        self._hour = state[0] & 0x7F
        self._minute, self._second = state[1], state[2]
        self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        self._tzinfo = tz
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """time from an ISO 8601 time string."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        parts = _parse_iso_clock(text)
        if parts is not None:
            return cls(*parts)
        raise ValueError('Invalid isoformat string: %r' % (time_string,))

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Offset from UTC of the tzinfo (called with None), or None."""
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo, 'utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo, 'dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def __repr__(self):
        fields = '%d, %d' % (self._hour, self._minute)
        if self._microsecond:
            fields += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            fields += ', %d' % self._second
        text = '%s(%s' % (_type_name(type(self)), fields)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'; timespec picks the precision."""
        if not isinstance(timespec, str):
            raise TypeError('isoformat() argument 1 must be str, not %s' % type(timespec).__name__)
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    __str__ = isoformat

    def strftime(self, format):
        """Format by directives as time.strftime, the date being 1900-01-01."""
        return _strftime(format, (1900, 1, 1, self._hour, self._minute, self._second, self._microsecond),
                         self.tzname, self.utcoffset)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('format() argument 2 must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """The time with the given fields replaced."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _order_key(self, other, equality):
        """Comparable keys of self and other, or None when only inequality is
        known (naive against aware under ==)."""
        mine, theirs = self.utcoffset(), other.utcoffset()
        clock = (self._hour, self._minute, self._second, self._microsecond)
        other_clock = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo or mine == theirs:
            return clock, other_clock
        if mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 10 ** 6 + self._microsecond
        b = (other._hour * 3600 + other._minute * 60 + other._second) * 10 ** 6 + other._microsecond
        return a - mine._us(), b - theirs._us()

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._order_key(other, True)
        return keys is not None and keys[0] == keys[1]

    def __ne__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._order_key(other, True)
        return keys is None or keys[0] != keys[1]

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._order_key(other, False)
        return a < b

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._order_key(other, False)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._order_key(other, False)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._order_key(other, False)
        return a >= b

    def _state(self, fold):
        us = self._microsecond
        return bytes((self._hour + (128 if fold else 0), self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __hash__(self):
        if self._hashcode == -1:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if offset is None:
                self._hashcode = hash(plain._state(0))
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(0, seconds, self._microsecond) - offset)
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        state = self._state(self._fold if protocol > 3 else 0)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----------------------------------------------------------------

class datetime(date):
    """A date and a time of day, with optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and 1 <= ord(year[2:3]) & 0x7F <= 12:
            return cls._from_state(year, None if month is _MISSING else month)
        _require(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    @classmethod
    def _from_state(cls, state, tz=None):
        if isinstance(state, str):
            state = state.encode('latin1')
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._year = state[0] * 256 + state[1]
        self._fold = 1 if state[2] > 127 else 0
        self._month = state[2] & 0x7F
        self._day, self._hour, self._minute, self._second = state[3], state[4], state[5], state[6]
        self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        self._tzinfo = tz
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_utc_seconds(cls, seconds, us, tz, local):
        fold = 0
        if local:
            earlier = _local_offset_seconds(seconds - 86400, True)
            offset = _local_offset_seconds(seconds)
            shift = offset - earlier
            # After the clock went back, a local time seen a second time has fold=1.
            if shift < 0 and seconds + shift + _local_offset_seconds(seconds + shift) == seconds + offset:
                fold = 1
            seconds += offset
        y, m, d, hh, mm, ss = _fields_from_utc_seconds(seconds)
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz's) datetime of a POSIX timestamp."""
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        if tz is None:
            return cls._from_utc_seconds(seconds, us, None, True)
        return tz.fromutc(cls._from_utc_seconds(seconds, us, tz, False))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Naive UTC datetime of a POSIX timestamp."""
        seconds, us = _split_timestamp(t)
        return cls._from_utc_seconds(seconds, us, None, False)

    @classmethod
    def now(cls, tz=None):
        """Current local (or tz's) date and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Current UTC date and time as a naive datetime."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % 10000)
        return cls(*_from_ordinal(n))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """datetime from a date and a time (tzinfo defaults to the time's)."""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """datetime from an ISO 8601 string (date, separator, time, offset)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        cut = _iso_date_length(s)
        parts = _parse_iso_date(s[:cut]) if cut else None
        if parts is not None:
            clock = (0, 0, 0, 0, None)
            ok = True
            if len(s) > cut:
                clock = _parse_iso_clock(s[cut + 1:]) if len(s) > cut + 1 else None
                ok = clock is not None
            if ok:
                return cls(*parts, *clock)
        raise ValueError('Invalid isoformat string: %r' % (date_string,))

    @classmethod
    def strptime(cls, date_string, format):
        """datetime parsed from date_string by format (time.strptime's directives)."""
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tz)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _struct_time(moment._year, moment._month, moment._day, moment._hour, moment._minute,
                            moment._second, 0)

    def _local_seconds(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        """POSIX timestamp (naive datetimes are local time)."""
        offset = self.utcoffset()
        if offset is not None:
            return (self._us_since_epoch() - offset._us()) / 10 ** 6
        utc = _local_to_utc_seconds(self._local_seconds(), self._fold)
        return utc + self._microsecond / 1e6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """The datetime with the given fields replaced."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        """The same moment in tz (local time when None)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('astimezone() argument 1 must be datetime.tzinfo, not %s' % type(tz).__name__)
        if tz is self._tzinfo and tz is not None:
            return self
        offset = self.utcoffset()
        if offset is None:
            # A naive time is read as local time with the offset in force at the
            # instant timestamp() gives (so a time in a gap moves across it).
            seconds = _local_to_utc_seconds(self._local_seconds(), self._fold)
            shifted = self._local_seconds() - _local_offset_seconds(seconds)
            utc = datetime._from_utc_seconds(shifted, self._microsecond, None, False)
        else:
            utc = (self - offset).replace(tzinfo=None)
        if tz is None:
            seconds = utc._local_seconds()
            local_offset = timedelta(seconds=_local_offset_seconds(seconds))
            name = _local_zone_name(seconds)
            tz = timezone(local_offset, name) if name else timezone(local_offset)
        moment = utc.replace(tzinfo=tz)
        result = tz.fromutc(moment)
        if type(result) is not type(self):
            result = type(self)(result._year, result._month, result._day, result._hour, result._minute,
                                result._second, result._microsecond, result._tzinfo, fold=result._fold)
        return result

    def ctime(self):
        return _ctime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DD<sep>HH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        if not isinstance(timespec, str):
            raise TypeError('isoformat() argument 2 must be str, not %s' % type(timespec).__name__)
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            fields += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            fields += ', %d' % self._second
        text = '%s(%s' % (_type_name(type(self)), fields)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def strftime(self, format):
        return _strftime(format, self._fields(), self.tzname, self.utcoffset)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo, 'utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo, 'dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def _us_since_epoch(self):
        return (self._local_seconds() * 10 ** 6) + self._microsecond

    def _pair(self, other, equality):
        """Comparable keys (microseconds) of self and other; None when a naive
        and an aware datetime meet under ==."""
        a, b = self._us_since_epoch(), other._us_since_epoch()
        if self._tzinfo is other._tzinfo:
            return a, b
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if mine is not None:
            a -= mine._us()
            b -= theirs._us()
        return a, b

    def _compare(self, other, op):
        equality = op is _operator.eq or op is _operator.ne
        if isinstance(other, datetime):
            keys = self._pair(other, equality)
            if keys is None:
                return op is _operator.ne
            return op(keys[0], keys[1])
        if isinstance(other, date):
            if equality:
                return op is _operator.ne
            raise TypeError("can't compare %s to %s" % (_type_name(type(self)), _type_name(type(other))))
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, _operator.eq)

    def __ne__(self, other):
        return self._compare(other, _operator.ne)

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us_since_epoch() + other._us()
        seconds, micro = divmod(us, 10 ** 6)
        days = seconds // 86400
        if not 1 <= days + _EPOCH_ORDINAL <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d, hh, mm, ss = _fields_from_utc_seconds(seconds)
        return _new_datetime(type(self), y, m, d, hh, mm, ss, micro, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            a, b = self._us_since_epoch(), other._us_since_epoch()
            if self._tzinfo is not other._tzinfo:
                mine, theirs = self.utcoffset(), other.utcoffset()
                if (mine is None) != (theirs is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if mine is not None:
                    a -= mine._us()
                    b -= theirs._us()
            return _td_from_us(timedelta, a - b)
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if offset is None:
                self._hashcode = hash(plain._state(0))
            else:
                us = plain._us_since_epoch() - offset._us()
                days, rest = divmod(us, _US_PER_DAY)
                seconds, micro = divmod(rest, 10 ** 6)
                self._hashcode = hash((days + _EPOCH_ORDINAL, seconds, micro))
        return self._hashcode

    def _state(self, fold):
        us = self._microsecond
        return bytes((self._year >> 8, self._year & 255, self._month + (128 if fold else 0), self._day,
                      self._hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        state = self._state(self._fold if protocol > 3 else 0)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _iso_date_length(s):
    """Length of the date part at the start of an ISO datetime string."""
    if len(s) < 7:
        return 0
    if s[4:5] == '-':
        if s[5:6] == 'W':
            return 10 if s[8:9] == '-' else 8
        return 10
    if s[4:5] == 'W':
        return 8 if len(s) > 7 and s[7:8].isdigit() else 7
    return 8


# ---- strptime ----------------------------------------------------------------

# Each directive is a list of alternatives tried in order, as the regular
# expressions of CPython's _strptime: 'd' is a digit, '[..]' a class of digits,
# anything else literal.
_STRPTIME_ALTERNATIVES = {
    'd': ['3[01]', '[12]d', '0[1-9]', '[1-9]', ' [1-9]'],
    'f': ['dddddd', 'ddddd', 'dddd', 'ddd', 'dd', 'd'],
    'H': ['2[0-3]', '[0-1]d', 'd'],
    'I': ['1[0-2]', '0[1-9]', '[1-9]'],
    'G': ['dddd'],
    'j': ['36[0-6]', '3[0-5]d', '[12]dd', '0[1-9]d', '00[1-9]', '[1-9]d', '0[1-9]', '[1-9]'],
    'm': ['1[0-2]', '0[1-9]', '[1-9]'],
    'M': ['[0-5]d', 'd'],
    'S': ['6[0-1]', '[0-5]d', 'd'],
    'U': ['5[0-3]', '[0-4]d', 'd'],
    'w': ['[0-6]'],
    'u': ['[1-7]'],
    'V': ['5[0-3]', '0[1-9]', '[1-4]d', 'd'],
    'y': ['dd'],
    'Y': ['dddd'],
}
_STRPTIME_ALTERNATIVES['W'] = _STRPTIME_ALTERNATIVES['U']
_STRPTIME_NAMES = {
    'a': list(_DAY_ABBR), 'A': list(_DAY_NAMES), 'b': list(_MONTH_ABBR), 'B': list(_MONTH_NAMES),
    'p': ['AM', 'PM'],
    'Z': sorted({'UTC', 'GMT'} | set(getattr(_time, 'tzname', ()))),
}
_STRPTIME_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
                       'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}


def _match_alternative(pattern, s, pos):
    """End of pattern matched at s[pos], or -1."""
    i = 0
    while i < len(pattern):
        if pos >= len(s):
            return -1
        c = s[pos]
        p = pattern[i]
        if p == 'd':
            if not c.isdecimal():
                return -1
            i += 1
        elif p == '[':
            close = pattern.index(']', i)
            lo, hi = pattern[i + 1], pattern[close - 1]
            if not ('0' <= c <= '9' and lo <= c <= hi):
                return -1
            i = close + 1
        else:
            if c != p:
                return -1
            i += 1
        pos += 1
    return pos


def _strptime_tokens(fmt):
    """The format as a list of ('lit', text) / ('ws',) / ('dir', code)."""
    tokens = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            code = fmt[i + 1]
            if code in _STRPTIME_COMPOSITE:
                tokens.extend(_strptime_tokens(_STRPTIME_COMPOSITE[code]))
            elif code == '%':
                tokens.append(('lit', '%'))
            elif code in _STRPTIME_ALTERNATIVES or code in _STRPTIME_NAMES or code == 'z':
                tokens.append(('dir', code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
            i += 2
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _directive_candidates(code, s, pos):
    """(end, text) candidates of directive code at s[pos], in priority order."""
    if code in _STRPTIME_ALTERNATIVES:
        for alternative in _STRPTIME_ALTERNATIVES[code]:
            end = _match_alternative(alternative, s, pos)
            if end >= 0:
                yield end, s[pos:end]
        return
    if code in _STRPTIME_NAMES:
        names = sorted(_STRPTIME_NAMES[code], key=len, reverse=True)
        for name in names:
            piece = s[pos:pos + len(name)]
            if piece.lower() == name.lower():
                yield pos + len(name), piece
        return
    # %z: Z, or [+-]HH[:]MM[[:]SS[.ffffff]]
    if s[pos:pos + 1] == 'Z':
        yield pos + 1, 'Z'
    if s[pos:pos + 1] in ('+', '-'):
        j = pos + 1
        end = _match_alternative('dd', s, j)
        if end < 0:
            return
        j = end
        colon = s[j:j + 1] == ':'
        if colon:
            j += 1
        end = _match_alternative('[0-5]d', s, j)
        if end < 0:
            return
        results = [end]
        k = end + 1 if s[end:end + 1] == ':' else end
        end = _match_alternative('[0-5]d', s, k)
        if end >= 0:
            results.append(end)
            if s[end:end + 1] == '.':
                f = end + 1
                while f < len(s) and f - end <= 6 and s[f].isdecimal():
                    f += 1
                    results.append(f)
        for end in reversed(results):
            yield end, s[pos:end]


def _strptime_match(tokens, k, s, pos, found):
    if k == len(tokens):
        return pos
    token = tokens[k]
    if token[0] == 'lit':
        if s[pos:pos + 1].lower() == token[1].lower() and pos < len(s):
            return _strptime_match(tokens, k + 1, s, pos + 1, found)
        return -1
    if token[0] == 'ws':
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        if end == pos:
            return -1
        return _strptime_match(tokens, k + 1, s, end, found)
    for end, text in _directive_candidates(token[1], s, pos):
        found.append((token[1], text))
        result = _strptime_match(tokens, k + 1, s, end, found)
        if result >= 0:
            return result
        found.pop()
    return -1


def _strptime(data, fmt):
    """((year, month, day, hour, minute, second, microsecond), tzinfo) of data
    parsed by fmt, with the C locale's names."""
    for value, position in ((data, 1), (fmt, 2)):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (position, type(value).__name__))
    tokens = _strptime_tokens(fmt)
    found = []
    end = _strptime_match(tokens, 0, data, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    values = dict(found)
    year = None
    month = day = 1
    hour = minute = second = microsecond = 0
    tz = None
    weekday = None
    week_code = None
    for code, text in found:
        if code == 'Y':
            year = int(text)
        elif code == 'y':
            short = int(text)
            year = short + (2000 if short <= 68 else 1900)
        elif code == 'm':
            month = int(text)
        elif code == 'b':
            month = [m.lower() for m in _MONTH_ABBR].index(text.lower()) + 1
        elif code == 'B':
            month = [m.lower() for m in _MONTH_NAMES].index(text.lower()) + 1
        elif code == 'd':
            day = int(text)
        elif code == 'H':
            hour = int(text)
        elif code == 'I':
            hour = int(text)
            ampm = values.get('p', '').lower()
            if ampm == 'pm':
                hour = hour % 12 + 12
            else:
                hour = hour % 12
        elif code == 'M':
            minute = int(text)
        elif code == 'S':
            second = int(text)
        elif code == 'f':
            microsecond = int(text + '0' * (6 - len(text)))
        elif code == 'z':
            tz = _strptime_zone(text, values.get('Z'))
        elif code == 'a':
            weekday = [d.lower() for d in _DAY_ABBR].index(text.lower())
        elif code == 'A':
            weekday = [d.lower() for d in _DAY_NAMES].index(text.lower())
        elif code == 'w':
            weekday = (int(text) - 1) % 7
        elif code == 'u':
            weekday = int(text) - 1
        elif code in 'UW':
            week_code = code
    iso_year, iso_week = 'G' in values, 'V' in values
    by_week = week_code is not None
    if year is None and iso_year:
        if not iso_week or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if 'j' in values:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week and not by_week:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_default = year is None and month == 2 and day == 29
    if year is None:
        # Without a year, Feb 29 is read in a leap year, then reported as 1900's.
        year = 1904 if leap_default else 1900
    ordinal = None
    if 'j' in values:
        ordinal = _to_ordinal(year, 1, 1) + int(values['j']) - 1
    elif weekday is not None and by_week:
        # Week 1 starts on the year's first Monday (%W) or Sunday (%U); the
        # days before it are week 0.
        first = _to_ordinal(year, 1, 1)
        shift = 1 if week_code == 'U' else 0
        first_weekday = ((first + 6) % 7 + shift) % 7
        day_in_week = (weekday + shift) % 7
        week = int(values[week_code])
        if week == 0:
            ordinal = first + day_in_week - first_weekday
        else:
            ordinal = first + (7 - first_weekday) % 7 + 7 * (week - 1) + day_in_week
    elif weekday is not None and iso_year and iso_week:
        ordinal = _to_ordinal(*_from_iso_calendar(int(values['G']), int(values['V']), weekday + 1))
    if ordinal is not None:
        year, month, day = _from_ordinal(ordinal)
    if leap_default:
        year = 1900
    return (year, month, day, hour, minute, second, microsecond), tz


def _strptime_zone(text, name):
    """The timezone of a matched %z (named by a matched %Z, if any)."""
    if text == 'Z':
        return _UTC
    digits = text
    if digits[3] == ':':
        digits = digits[:3] + digits[4:]
        if len(digits) > 5:
            if digits[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % text)
            digits = digits[:5] + digits[6:]
    seconds = int(digits[1:3]) * 3600 + int(digits[3:5]) * 60 + int(digits[5:7] or 0)
    fraction = digits[8:]
    micro = int(fraction + '0' * (6 - len(fraction))) if fraction else 0
    if text[0] == '-':
        seconds, micro = -seconds, -micro
    offset = timedelta(seconds=seconds, microseconds=micro)
    return timezone(offset, name) if name else timezone(offset)
