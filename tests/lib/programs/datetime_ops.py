# Exercises lib/datetime under pvm; tests/lib/lib_programs.test.ts compares the
# output with python3's (run with TZ=UTC; no clock values are printed).
import random
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta, timezone, tzinfo

rng = random.Random(7)


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, datetime.min, datetime.max, time.min, time.max)
print(repr(timedelta.min), repr(timedelta.max), timedelta.resolution, timezone.utc, timezone.min, timezone.max)
for args in [dict(days=1.5), dict(seconds=1.5e-6), dict(hours=-1), dict(weeks=2, minutes=-3), dict(milliseconds=-0.5),
             dict(days=1e10), dict(days='x'), dict(microseconds=0.5), dict(microseconds=1.5), dict(days=999999999, hours=24)]:
    print(args, attempt(lambda: timedelta(**args)), attempt(lambda: str(timedelta(**args))))
for _ in range(150):
    a = timedelta(rng.randrange(-500, 500), rng.randrange(-10 ** 5, 10 ** 5), rng.randrange(-10 ** 7, 10 ** 7))
    b = timedelta(rng.randrange(-3, 3), rng.randrange(-100, 100), rng.randrange(-10 ** 6, 10 ** 6))
    k = rng.choice([3, -2, 0.5, 1 / 3, 2.5, 0])
    print(repr(a), str(a), a + b, a - b, attempt(lambda: a * k), attempt(lambda: a / k), attempt(lambda: a // b),
          attempt(lambda: a % b), attempt(lambda: divmod(a, b)), attempt(lambda: a / b), a < b, a == b, abs(-a),
          a.total_seconds(), hash(a) == hash(timedelta(a.days, a.seconds, a.microseconds)))
for _ in range(150):
    d = date.fromordinal(rng.randrange(1, 3652060))
    e = date(rng.randrange(1, 10000), rng.randrange(1, 13), rng.randrange(1, 29))
    shift = timedelta(rng.randrange(-10 ** 5, 10 ** 5))
    print(repr(d), d, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), d.timetuple(), d.ctime(),
          d.strftime('%a %A %w %d %b %B %m %y %Y %j %U %W %G %V %u %x %%'), attempt(lambda: d + shift),
          attempt(lambda: d - shift), d - e, d < e, d == e, date.fromisoformat(d.isoformat()) == d,
          date.fromisocalendar(*d.isocalendar()) == d, d.replace(day=1), f'{d:%d/%m/%Y}')
zones = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), 'PST'),
         timezone(timedelta(minutes=-90, seconds=15))]
for _ in range(150):
    a = datetime(rng.randrange(1, 10000), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24),
                 rng.randrange(60), rng.randrange(60), rng.choice([0, 5, 999999, rng.randrange(10 ** 6)]),
                 rng.choice(zones))
    b = datetime(rng.choice([1999, 2000, 2024]), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24),
                 tzinfo=rng.choice(zones))
    spec = rng.choice(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'])
    print(repr(a), a, a.isoformat(), a.isoformat(' ', spec), a.ctime(), a.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %I %p %c'),
          a.utcoffset(), a.tzname(), a.date(), a.time(), a.timetz(), a.timetuple(), a.utctimetuple(),
          datetime.fromisoformat(a.isoformat()) == a, attempt(lambda: a - b), attempt(lambda: a < b), a == b,
          attempt(lambda: a + timedelta(days=rng.randrange(-1000, 1000), microseconds=rng.randrange(10 ** 7))),
          attempt(lambda: a.timestamp()) if a.tzinfo else '', attempt(lambda: a.astimezone(b.tzinfo)) if a.tzinfo else '',
          a.replace(year=2001, tzinfo=None))
for _ in range(100):
    t = rng.choice([rng.uniform(-10 ** 10, 10 ** 11), rng.randrange(-10 ** 11, 10 ** 11), -0.5e-6, 1.5e-6, 1e20])
    print(repr(t), attempt(lambda: datetime.utcfromtimestamp(t)), attempt(lambda: datetime.fromtimestamp(t, timezone.utc)),
          attempt(lambda: datetime.fromtimestamp(t)), attempt(lambda: date.fromtimestamp(t)),
          attempt(lambda: datetime.fromtimestamp(t, timezone.utc).timestamp()))
for text, fmt in [('2020-01-02', '%Y-%m-%d'), ('20200102', '%Y%m%d'), ('31/12/99', '%d/%m/%y'), ('12:30 PM', '%I:%M %p'),
                  ('Mon Jan  6 12:00:00 2020', '%c'), ('feb 29', '%b %d'), ('2020 366', '%Y %j'), ('2019 52 6', '%Y %U %w'),
                  ('2020 W05 3', '%G W%V %u'), ('10:20:30.5', '%H:%M:%S.%f'), ('2020-01-02 03:04:05 -05:30', '%Y-%m-%d %H:%M:%S %z'),
                  ('2020', '%Y %'), ('2020', '%Q'), ('2020x', '%Y'), ('x', '%Y'), ('2020 05', '%G %V'), ('+01:0203', '%z')]:
    print(repr(text), repr(fmt), attempt(lambda: datetime.strptime(text, fmt)))
for s in ['2020-01-02', '20200102', '2020-W01-3', '2020-02-30', '2020-01-02T03:04:05.123456+05:30', '2020-01-02 03:04',
          '2020-01-02T03:04:05Z', '12:30:45.1234567', '12.5', '2020-01-02T24:00', 'x', '2020-01-02T12:30:45 +01:00']:
    print(repr(s), attempt(lambda: date.fromisoformat(s)), attempt(lambda: datetime.fromisoformat(s)),
          attempt(lambda: time.fromisoformat(s)))


class Plus2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'P2'


class MyDate(date):
    pass


d = datetime(2020, 5, 6, 7, tzinfo=Plus2())
print(d, d.utcoffset(), d.tzname(), d.astimezone(timezone.utc), d.strftime('%z %Z'), d.timetuple().tm_isdst)
print(datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(Plus2()), repr(MyDate(2020, 1, 31) + timedelta(1)))
print(sorted([date(2020, 1, 3), date(2019, 5, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)],
      len({datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))), datetime(2020, 1, 1, tzinfo=timezone.utc)}))
# (Operator errors such as date + 1 name 'date' where CPython says 'datetime.date': see lib/README.md.)
for expr in [lambda: date(0, 1, 1), lambda: date(2020, 13, 1),
             lambda: date(2021, 2, 29), lambda: datetime(2020, 1, 1, 24), lambda: time(fold=2), lambda: date(2020.0, 1, 1),
             lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: date.max + timedelta(1),
             lambda: timezone(timedelta(hours=24)), lambda: datetime(2020, 1, 1) < date(2020, 1, 1), lambda: date(2020, 1),
             lambda: timedelta.max + timedelta(1), lambda: timedelta(1) / 0, lambda: datetime(1, 1, 1).timestamp(),
             lambda: datetime(2020, 1, 1).isoformat(sep='ab'), lambda: time(1).isoformat('x')]:
    print(attempt(expr))
print(datetime(2020, 6, 1, 12).astimezone().tzinfo is not None, type(datetime.now()).__name__, date.today() <= date.today())
