import sched
clock = [0.0]
def now(): return clock[0]
def sleep(d): clock[0] += d; print("sleep", d)
s = sched.scheduler(now, sleep)
log = []
def job(name, *extra, **kw): log.append((now(), name, extra, kw)); print("run", name, extra, kw)
e1 = s.enter(5, 1, job, ("five",))
e2 = s.enter(2, 2, job, ("two-b",))
e3 = s.enter(2, 1, job, ("two-a",), {"k": 1})
e4 = s.enterabs(10, 0, job, argument=("ten",))
s.enter(2, 1, job, ("two-a-later",))
print([(e.time, e.priority, e.argument) for e in s.queue], s.empty())
s.cancel(e4)
try: s.cancel(e4)
except ValueError as e: print("ValueError", e)
print(s.run(blocking=False))
s.run()
print(log, s.empty(), s.run())
print(e1 < e2, e1._replace(action=None), type(e1).__name__)
import stat
print([n for n in dir(stat) if not n.startswith('_')])
for m in (0o100644, 0o040755, 0o120777, 0o104755, 0o1777 | 0o040000, 0o020666, 0, 0o102644, 0o103600, 0o101000, 0o010600, 0o140755, 0o060660):
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_IMODE(m), stat.S_IFMT(m))
print(stat.ST_SIZE, stat.S_IRWXU, stat.S_IXOTH | stat.S_IRGRP, stat.S_IFDOOR, stat.S_ISDOOR(0), stat.UF_HIDDEN, stat.filemode)
import locale
print(locale.getlocale(), locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_ALL, ''), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_ALL, 'C.UTF-8'))
print(locale.getlocale(), locale.setlocale(locale.LC_ALL, None), locale.setlocale(locale.LC_CTYPE, None))
for name in ('de_DE.UTF-8', 'en_US', 'xx', 'C.utf8'):
    try: print(locale.setlocale(locale.LC_ALL, name))
    except locale.Error as e: print('Error', e, type(e).__mro__[1].__name__)
print(locale.localeconv())
print(locale.format_string('%d items', 1234567, grouping=True), locale.format_string('%.2f|%s', (1234.5, 'x')), locale.format_string('%(a)d', {'a': 5}))
print(locale.str(3.5), locale.str(1e20), locale.atof('3.5'), locale.atoi('12'), locale.delocalize('1234.5'), locale.localize('1234.5'))
print(locale.currency(12.5) if False else '', locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strxfrm('abc'), sorted(['b', 'A', 'a'], key=locale.strxfrm))
print(locale.normalize('en_US'), locale.normalize('C'), locale.normalize('de_DE.utf8'), locale.LC_ALL, locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_NUMERIC, locale.LC_MESSAGES, locale.CHAR_MAX)
try: locale.currency(1.5)
except ValueError as e: print(e)
try: locale.setlocale(99, 'C')
except locale.Error as e: print(e)
try: locale.atof('abc')
except ValueError as e: print(e)
import platform, dis
print(platform.system(), platform.machine(), platform.python_version(), platform.python_version_tuple(), platform.python_implementation(), platform.architecture())
print(callable(dis.dis), callable(dis.get_instructions))
