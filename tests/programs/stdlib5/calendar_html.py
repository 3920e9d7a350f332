import calendar
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2)); print(h.formatmonth(2023, 12, withyear=False)); print(h.formatyear(2024, width=4)[:600])
print(h.formatyearpage(2025, width=2, css=None)[:400]); print(calendar.HTMLCalendar().formatyearpage(2024)[-200:])
class Hi(calendar.HTMLCalendar):
    cssclass_noday = 'blank'
    def formatday(self, day, weekday):
        return super().formatday(day, weekday).replace('<td', '<td data-d="%d"' % day) if day == 14 else super().formatday(day, weekday)
print(Hi().formatmonth(2024, 3))
print(calendar.January, calendar.February, calendar.EPOCH, calendar.mdays, calendar.error, hasattr(calendar, 'JANUARY'))
print(repr(calendar.formatstring(['a', 'b'], 3, 2)), repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.prweek([(1, 0), (2, 1), (0, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 2); print('|')
calendar.format(['x', 'y'], 4, 1)
calendar.TextCalendar().prweek([(7, 0), (8, 1), (9, 2), (10, 3), (11, 4), (12, 5), (13, 6)], 3); print('|')
