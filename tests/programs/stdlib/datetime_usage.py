from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.strftime("%d/%m/%Y"), d.isoformat())
start = datetime(2024, 3, 10, 8, 30)
end = datetime(2024, 3, 12, 17, 45, 30)
span = end - start
print(span, span.days, span.seconds, span.total_seconds(), repr(span))
print(start + timedelta(hours=100), start.replace(minute=0), start.time(), start.date())
print(sorted([date(2023, 5, 1), date(2022, 12, 31), date(2023, 1, 1)]))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat(), timezone(timedelta(hours=5, minutes=30)))
print(date.fromisoformat("2000-01-01").toordinal(), datetime.fromisoformat("2021-06-15 12:00:00"))
print(timedelta(weeks=2, days=3, hours=-1), -timedelta(seconds=1), timedelta(minutes=90) // timedelta(hours=1))
print(time(14, 5), f"{datetime(1999, 12, 31, 23, 59):%Y-%m-%d %H:%M}", date(2024, 7, 4).isocalendar())
for bad in [lambda: date(2023, 2, 29), lambda: time(24), lambda: date(2024, 1, 1) < datetime(2024, 1, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
