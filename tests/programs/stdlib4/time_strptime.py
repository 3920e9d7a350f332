import time
t = time.gmtime(1700000000)
print(t, t.tm_zone, t.tm_gmtoff, len(t), time.strftime('%z|%Z|%c|%x|%X|%U|%W|%G-%V|%C|%-d|%e|%k|%j|%a %A %b %B %p %I %y %%', t))
print(time.strptime('Tue Nov 14 22:13:20 2023'), time.strptime('2024', '%Y'), time.strptime('12:00 PM', '%I:%M %p'), time.strptime("2024-02-29 12:30", "%Y-%m-%d %H:%M"))
print(time.strptime("Feb 29", "%b %d"), time.strptime("31/12/1999", "%d/%m/%Y").tm_yday, time.strptime("2023-W05-3", "%G-W%V-%u"))
for bad in [("2024-13-01", "%Y-%m-%d"), ("x", "%Y"), ("2024-01-01 extra", "%Y-%m-%d"), (5, "%Y")]:
    try: time.strptime(*bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)); print(s, s.tm_zone, s.tm_gmtoff, time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, 'X', 5)).tm_gmtoff)
try: time.struct_time((1, 2))
except TypeError as e: print(e)
print(time.strftime("%Y-%m-%d", (2020, 5, 17, 0, 0, 0, 6, 138, 0)), time.asctime(t), time.gmtime(0).tm_wday, time.localtime(0).tm_zone, time.localtime(0).tm_gmtoff)
