# calendar: month and year layouts, date arithmetic, iterators, first weekday.
import calendar
print(calendar.month(2024, 2))
print(repr(calendar.month(2023, 10, w=3, l=2)))
print(calendar.monthrange(2024, 2), calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.weekday(2024, 1, 1), calendar.monthcalendar(2024, 2))
print(list(calendar.month_name), list(calendar.day_abbr), calendar.MONDAY, calendar.firstweekday())
c = calendar.TextCalendar(calendar.SUNDAY); print(c.formatmonth(2024, 3))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:9], calendar.timegm((2024, 1, 1, 0, 0, 0)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
print(calendar.weekheader(3), list(calendar.Calendar(6).iterweekdays()), calendar.weekheader(9))
print(calendar.calendar(1969))
print(calendar.calendar(2024, w=3, l=1, c=4, m=4))
calendar.prmonth(1999, 12)
print(list(calendar.Calendar(2).itermonthdates(2024, 5))[:3], calendar.Calendar().monthdays2calendar(2023, 1)[0], calendar.monthrange(1900, 2), calendar.weekday(10000, 1, 1))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2021, 8), calendar.firstweekday())
calendar.prcal(2000, m=6)
