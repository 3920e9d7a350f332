"""pvm's `zoneinfo` module, written for pvm in Python.

ZoneInfo reads the system's TZif files (version 1 to 4) from TZPATH through
open(), the host access pvm offers, and answers utcoffset/dst/tzname/fromutc
as CPython 3.11 does: transitions from the file, the footer's POSIX TZ rule
after the last one, DST offsets inferred from the isdst flags by CPython's
rule, folds for repeated wall times. available_timezones() would need to
list directories, which pvm does not offer: it raises NotImplementedError.
"""

import posixpath as _path
from datetime import datetime, timedelta, tzinfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
                   '/etc/zoneinfo')
TZPATH = _DEFAULT_TZPATH

_EPOCH_ORDINAL = datetime(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'


def reset_tzpath(to=None):
    """Set TZPATH to `to` (a sequence of absolute paths), or to the default."""
    global TZPATH
    if to is None:
        TZPATH = _DEFAULT_TZPATH
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    relative = [p for p in to if not _path.isabs(p)]
    if relative:
        raise ValueError('Invalid paths specified in PYTHONTZPATH environment variable. '
                         'Paths should be absolute but found '
                         f'{len(relative)} invalid paths: {sorted(relative)!r}')
    TZPATH = tuple(to)


def available_timezones():
    raise NotImplementedError('zoneinfo.available_timezones is not supported by pvm: it lists '
                              'directories, and pvm reaches the host only through open()')


def _check_key(key):
    if _path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = _path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if not _path.normpath(_path.join('_', normal)).startswith('_/'):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _check_key(key)
    for base in TZPATH:
        candidate = _path.join(base, key)
        if _path.isfile(candidate):
            return candidate
    return None


class _Offsets:
    """One local time type: UTC offset, DST part and abbreviation."""

    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)


_UNKNOWN = _Offsets(None, None, None)


def _signed(data, pos, size):
    return int.from_bytes(data[pos:pos + size], 'big', signed=True)


def _read_tzif(data):
    """(type index per transition, transition times UTC, offsets, isdst flags,
    abbreviations, footer TZ string or None) of a TZif file's bytes."""
    def header(pos):
        if data[pos:pos + 4] != b'TZif':
            raise ValueError("Invalid TZif file: magic not found")
        version = 1 if data[pos + 4] == 0 else int(chr(data[pos + 4]))
        counts = [_signed(data, pos + 20 + 4 * i, 4) for i in range(6)]
        return version, counts, pos + 44

    version, counts, pos = header(0)
    time_size = 4
    if version >= 2:
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        pos += timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        version, counts, pos = header(pos)
        time_size = 8
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    times = [_signed(data, pos + time_size * i, time_size) for i in range(timecnt)]
    pos += timecnt * time_size
    indexes = list(data[pos:pos + timecnt])
    pos += timecnt
    offsets, isdst, abbr_index = [], [], []
    for i in range(typecnt):
        offsets.append(_signed(data, pos, 4))
        isdst.append(data[pos + 4])
        abbr_index.append(data[pos + 5])
        pos += 6
    chars = data[pos:pos + charcnt]
    pos += charcnt
    abbrs = [chars[i:chars.find(b'\x00', i)].decode() for i in abbr_index]
    footer = None
    if version >= 2:
        pos += isutcnt + isstdcnt + leapcnt * 12
        end = data.find(b'\n', pos + 1)
        footer = data[pos + 1:end]
    return indexes, times, offsets, isdst, abbrs, footer


def _infer_dst_offsets(indexes, offsets, isdst):
    # The files hold only the total offset and an isdst flag: a DST type's
    # DST part is its offset minus that of a neighbouring standard-time
    # transition (the one before, else the one after), 1 hour when none tells.
    result = [0] * len(isdst)
    wanted = sum(1 for flag in isdst if flag)
    found = 0
    exhausted = True
    for i in range(1, len(indexes)):
        if found == wanted:
            exhausted = False
            break
        kind = indexes[i]
        if not isdst[kind] or result[kind] != 0:
            continue
        diff = 0
        before = indexes[i - 1]
        if not isdst[before]:
            diff = offsets[kind] - offsets[before]
        if not diff and kind < len(isdst) - 1:
            after = indexes[i + 1]
            if isdst[after]:
                continue
            diff = offsets[kind] - offsets[after]
        if diff:
            found += 1
            result[kind] = diff
    if exhausted:
        for kind, flag in enumerate(isdst):
            if flag and not result[kind]:
                result[kind] = 3600
    return result


def _local_transitions(indexes, times, offsets):
    # Each transition in local wall time, twice: [0] with the larger of the
    # offsets around it (fold=0), [1] with the smaller (fold=1).
    if not times:
        return [[], []]
    first, second = list(times), list(times)
    if len(offsets) > 1:
        high, low = offsets[0], offsets[indexes[0]]
        if low > high:
            high, low = low, high
    else:
        high = low = offsets[0]
    first[0] += high
    second[0] += low
    for i in range(1, len(indexes)):
        high, low = offsets[indexes[i - 1]], offsets[indexes[i]]
        if low > high:
            high, low = low, high
        first[i] += high
        second[i] += low
    return [first, second]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - _EPOCH_ORDINAL


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _RuleDate:
    """A POSIX TZ rule's date: Jn (1-365, no Feb 29), n (0-365) or Mm.w.d;
    plus a time of day (-167 to 167 hours)."""

    def __init__(self, kind, numbers):
        self.kind = kind
        self.numbers = numbers
        self.seconds = 2 * 3600

    def epoch(self, year):
        """Seconds from 1970-01-01 (local wall clock) to this date in `year`."""
        if self.kind == 'M':
            month, week, weekday = self.numbers
            first = datetime(year, month, 1).weekday()
            day = (weekday - (first + 1)) % 7 + 1 + (week - 1) * 7
            length = _DAYS_IN_MONTH[month] + (month == 2 and _is_leap(year))
            if day > length:
                day -= 7
            days = (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
                    + (month > 2 and _is_leap(year)) + day)
        else:
            day = self.numbers
            if self.kind == 'J' and day >= 59 and _is_leap(year):
                day += 1
            days = _days_before_year(year) + day
        return days * 86400 + self.seconds


class _Rule:
    """A footer TZ string with DST: standard and DST offsets, switched each year."""

    def __init__(self, std_abbr, std_offset, dst_abbr, dst_offset, start, end):
        self.dst_diff = dst_offset - std_offset
        self.std = _Offsets(timedelta(seconds=std_offset), timedelta(0), std_abbr)
        self.dst = _Offsets(timedelta(seconds=dst_offset), timedelta(seconds=self.dst_diff), dst_abbr)
        self.start = start
        self.end = end

    def at_local(self, ts, year, fold):
        start = self.start.epoch(year)
        end = self.end.epoch(year)
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        return self.dst if in_dst else self.std

    def at_utc(self, ts, year):
        start = self.start.epoch(year) - self.std.utcoff.total_seconds()
        end = self.end.epoch(year) - self.dst.utcoff.total_seconds()
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        if self.dst_diff > 0:
            fold = end <= ts < end + self.dst_diff
        else:
            fold = start <= ts < start - self.dst_diff
        return (self.dst if in_dst else self.std), fold


def _scan_abbr(text, i):
    """A TZ string's zone name at i: <...> or letters; (name, end) or (None, i)."""
    n = len(text)
    if i < n and text[i] == '<':
        j = i + 1
        while j < n and (text[j].isascii() and text[j].isalnum() or text[j] in '+-'):
            j += 1
        if j < n and text[j] == '>' and j > i + 1:
            return text[i + 1:j], j + 1
        return None, i
    j = i
    while j < n and text[j] not in '<0123456789:.+-,':
        j += 1
    if j == i:
        return None, i
    return text[i:j], j


def _scan_clock(text, i, max_hour_digits=3):
    """[+-]h[h[h]][:mm[:ss]] at i: ((sign, h, m, s), end) or (None, i)."""
    n = len(text)
    j = i
    sign = ''
    if j < n and text[j] in '+-':
        sign = text[j]
        j += 1
    start = j
    while j < n and j - start < max_hour_digits and text[j] in '0123456789':
        j += 1
    if j == start:
        return None, i
    parts = [int(text[start:j])]
    for _ in range(2):
        if j + 3 <= n and text[j] == ':' and text[j + 1:j + 3].isdigit() and text[j + 1:j + 3].isascii():
            parts.append(int(text[j + 1:j + 3]))
            j += 3
        else:
            break
    while len(parts) < 3:
        parts.append(0)
    return (sign, parts[0], parts[1], parts[2]), j


def _zone_offset(clock, tz_str, which):
    sign, h, m, s = clock
    if h > 24:
        raise ValueError(f"Invalid {which} offset in {tz_str}")
    total = h * 3600 + m * 60 + s
    return total if sign == '-' else -total


def _parse_rule_date(text):
    date, slash, time = text.partition('/')
    if date[:1] == 'M':
        fields = date[1:].split('.')
        if (len(fields) != 3 or not all(f.isascii() and f.isdigit() for f in fields)
                or not 1 <= len(fields[0]) <= 2 or len(fields[1]) != 1 or len(fields[2]) != 1):
            raise ValueError(f"Invalid dst start/end date: {text}")
        month, week, weekday = (int(f) for f in fields)
        if not 1 <= month <= 12:
            raise ValueError("m must be in [1, 12]")
        if not 1 <= week <= 5:
            raise ValueError("w must be in [1, 5]")
        if not 0 <= weekday <= 6:
            raise ValueError("d must be in [0, 6]")
        rule = _RuleDate('M', (month, week, weekday))
    else:
        julian = date[:1] == 'J'
        day = int(date[1:] if julian else date)
        if not int(julian) <= day <= 365:
            raise ValueError(f"d must be in [{int(julian)}, 365], not: {day}")
        rule = _RuleDate('J' if julian else 'n', day)
    if slash:
        clock, end = _scan_clock(time, 0)
        if clock is None or end != len(time):
            raise ValueError(f"Invalid time: {time}")
        sign, h, m, s = clock
        if h > 167:
            raise ValueError(f"Hour must be in [0, 167]: {time}")
        seconds = h * 3600 + m * 60 + s
        rule.seconds = -seconds if sign == '-' else seconds
    return rule


def _parse_tz_string(tz_str):
    offsets, comma, rules = tz_str.partition(',')
    std_abbr, i = _scan_abbr(offsets, 0)
    std_offset = 0
    dst_abbr = dst_clock = None
    if std_abbr is not None and i < len(offsets):
        std_clock, i = _scan_clock(offsets, i)
        if std_clock is not None:
            std_offset = _zone_offset(std_clock, tz_str, 'STD')
            if i < len(offsets):
                dst_abbr, i = _scan_abbr(offsets, i)
                if dst_abbr is not None and i < len(offsets):
                    dst_clock, i = _scan_clock(offsets, i)
        else:
            std_abbr = None
    if std_abbr is None or i != len(offsets):
        raise ValueError(f"{tz_str} is not a valid TZ string")
    if dst_abbr is None:
        if comma:
            raise ValueError(f"Transition rule present without DST: {tz_str}")
        return _Offsets(timedelta(seconds=std_offset), timedelta(0), std_abbr)
    dst_offset = std_offset + 3600 if dst_clock is None else _zone_offset(dst_clock, tz_str, 'DST')
    if not comma:
        raise ValueError(f"Missing transition rules: {tz_str}")
    try:
        start, end = (_parse_rule_date(part) for part in rules.split(',', 1))
    except ValueError as e:
        raise ValueError(f"Invalid TZ string: {tz_str}") from e
    return _Rule(std_abbr, std_offset, dst_abbr, dst_offset, start, end)


def _bisect_right(values, x):
    low, high = 0, len(values)
    while low < high:
        mid = (low + high) // 2
        if x < values[mid]:
            high = mid
        else:
            low = mid + 1
    return low


def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


class ZoneInfo(tzinfo):
    """An IANA time zone, loaded from the TZif file named by its key."""

    _cache = {}

    def __init_subclass__(cls):
        cls._cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls._cache[key] = cls._new_instance(key)
            zone._from_cache = True
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._new_instance(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _new_instance(cls, key):
        zone = super().__new__(cls)
        zone._key = key
        found = _find_tzfile(key)
        if found is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(found, 'rb') as f:
            zone._load(f.read())
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = super().__new__(cls)
        zone._key = key
        zone._load(fobj.read())
        zone._file_repr = repr(fobj)
        zone.__reduce__ = zone._file_reduce
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        indexes, times, offsets, isdst, abbrs, footer = _read_tzif(data)
        dst_offsets = _infer_dst_offsets(indexes, offsets, isdst)
        kinds = [_Offsets(timedelta(seconds=u), timedelta(seconds=d), a)
                 for u, d, a in zip(offsets, dst_offsets, abbrs)]
        self._trans_utc = times
        self._trans_local = _local_transitions(indexes, times, offsets)
        self._ttinfos = [kinds[i] for i in indexes]
        standard = [kind for kind, flag in zip(kinds, isdst) if not flag]
        if standard:
            self._tti_before = standard[0]
        else:
            self._tti_before = self._ttinfos[0] if self._ttinfos else None
        if footer:
            self._tz_after = _parse_tz_string(footer.decode())
        else:
            if not kinds:
                raise ValueError("No time zone information found.")
            self._tz_after = self._ttinfos[-1] if self._ttinfos else kinds[-1]
        if len(kinds) > 1 or not isinstance(self._tz_after, _Offsets):
            self._fixed_offset = False
        elif not kinds:
            self._fixed_offset = True
        else:
            self._fixed_offset = kinds[0] == self._tz_after

    def _offsets_at(self, dt):
        if dt is None:
            return self._tz_after if self._fixed_offset else _UNKNOWN
        ts = _local_seconds(dt)
        local = self._trans_local[dt.fold]
        if local and ts < local[0]:
            return self._tti_before
        if not local or ts > local[-1]:
            if isinstance(self._tz_after, _Rule):
                return self._tz_after.at_local(ts, dt.year, dt.fold)
            return self._tz_after
        return self._ttinfos[_bisect_right(local, ts) - 1]

    def utcoffset(self, dt):
        return self._offsets_at(dt).utcoff

    def dst(self, dt):
        return self._offsets_at(dt).dstoff

    def tzname(self, dt):
        return self._offsets_at(dt).tzname

    def fromutc(self, dt):
        """Convert from datetime in UTC to datetime in local time"""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_seconds(dt)
        times = self._trans_utc
        count = len(times)
        if count and ts < times[0]:
            kind, fold = self._tti_before, False
        elif (not count or ts > times[-1]) and isinstance(self._tz_after, _Rule):
            kind, fold = self._tz_after.at_utc(ts, dt.year)
        elif not count:
            kind, fold = self._tz_after, False
        else:
            idx = _bisect_right(times, ts)
            if count > 1 and ts >= times[1]:
                previous, kind = self._ttinfos[idx - 2], self._ttinfos[idx - 1]
            elif ts > times[-1]:
                previous, kind = self._ttinfos[-1], self._tz_after
            else:
                previous, kind = self._tti_before, self._ttinfos[0]
            shift = previous.utcoff - kind.utcoff
            fold = shift.total_seconds() > ts - times[idx - 1]
        dt += kind.utcoff
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return f"{self._key}" if self._key is not None else repr(self)

    def __repr__(self):
        # The C type's name is qualified; a subclass's is its own.
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError("Cannot pickle a ZoneInfo file created from a file stream.")

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)
