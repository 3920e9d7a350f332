from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 1, 1), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(day=1), d.toordinal(), date.fromordinal(738000), d.timetuple()[:3], d.ctime())
print(d.strftime('%Y/%m/%d %a %A %b %B %j %U %W %y %%'), format(d, '%d.%m'), f'{d:%Y}')
print(date.fromisoformat('2021-03-04'), date.fromisocalendar(2020, 53, 5), d < date(2025, 1, 1), d == datetime(2024, 2, 28))
t = time(13, 5, 9, 1234); print(t, repr(t), t.isoformat('minutes'), t.isoformat('milliseconds'), t.strftime('%I:%M %p'))
print(time(), repr(time(1)), time.fromisoformat('04:05:06.5'), time(1, 2) < time(1, 3))
dt = datetime(2020, 12, 31, 23, 59, 30, 500)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(' ', 'seconds'))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f %Z|%z'), dt.replace(year=2021, microsecond=0), dt.timestamp() if False else '')
print(datetime.strptime('2023-07-04 10:11:12', '%Y-%m-%d %H:%M:%S'), datetime.strptime('4 Jul 23', '%d %b %y'))
print(datetime.strptime('12/31/1999 11:59 PM', '%m/%d/%Y %I:%M %p'), datetime.strptime('2023-001', '%Y-%j'))
for bad in [('2023-13-01', '%Y-%m-%d'), ('abc', '%Y'), ('2023-01-01 extra', '%Y-%m-%d')]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print(e)
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('2011-11-04 00:05:23.283'))
print(datetime.fromisoformat('2011-11-04'), datetime.fromisoformat('20111104T000523Z'))
td = timedelta(days=1, hours=25, minutes=-1, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 3, td // 2, td % timedelta(hours=5))
print(timedelta(0), timedelta(-1), repr(timedelta(seconds=-1)), timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7))
print(timedelta(weeks=2, milliseconds=1.5), timedelta(days=0.5), timedelta.max, timedelta.min, timedelta.resolution)
print(str(timedelta(days=-3, seconds=5)), timedelta(microseconds=-1), divmod(timedelta(hours=3), timedelta(hours=2)))
tz = timezone(timedelta(hours=-5), 'EST'); a = datetime(2020, 1, 1, 12, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.tzname(), a.astimezone(timezone.utc), repr(timezone.utc), timezone(timedelta(hours=5, minutes=30)))
print(a.isoformat(), a.strftime('%z %Z'), a == datetime(2020, 1, 1, 17, tzinfo=timezone.utc), repr(tz))
try:
    a < datetime(2020, 1, 1)
except TypeError as e:
    print(e)
try:
    a - datetime(2020, 1, 1)
except TypeError as e:
    print(e)
for args in [(2020, 2, 30), (2020, 13, 1), (0, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
try:
    time(24)
except ValueError as e:
    print(e)
print(date.min, date.max, datetime.min, datetime(2020, 1, 1) - datetime(2019, 1, 1), dt.weekday(), dt.timetuple().tm_yday)
print(sorted([date(2020, 1, 2), date(2019, 5, 5)]), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), bool(timedelta(0)))
print(datetime.combine(d, t), datetime(2020, 1, 1).toordinal(), date(2020, 3, 1) - timedelta(days=1))
try:
    date(2020, 1, 1) + 1
except TypeError as e:
    print(e)
print(timedelta(days=1) == timedelta(hours=24), timedelta(seconds=1) < timedelta(seconds=2), datetime(2020, 5, 17).strftime('%c|%x|%X'))
