from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
import zoneinfo
paris = ZoneInfo('Europe/Paris'); ny = ZoneInfo('America/New_York'); syd = ZoneInfo('Australia/Sydney')
print(paris, repr(paris), paris.key, ZoneInfo('Europe/Paris') is paris, ZoneInfo.no_cache('Europe/Paris') is paris)
for z in (paris, ny, syd, ZoneInfo('Asia/Kolkata'), ZoneInfo('UTC'), ZoneInfo('America/St_Johns'), ZoneInfo('Pacific/Chatham')):
    for d in (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12), datetime(1900, 1, 1), datetime(2077, 6, 1, 8, 30)):
        a = d.replace(tzinfo=z)
        print(f'{z.key:20} {a.isoformat()} {a.tzname():6} {a.utcoffset()} {a.dst()} {a.astimezone(timezone.utc)}')
# DST transitions: the gap and the fold
for minutes in range(0, 200, 30):
    u = datetime(2024, 11, 3, 5, 0, tzinfo=timezone.utc) + timedelta(minutes=minutes)
    l = u.astimezone(ny); print(u.time(), '->', l, l.fold, l.tzname())
for fold in (0, 1):
    a = datetime(2024, 11, 3, 1, 30, fold=fold, tzinfo=ny); print(a, a.utcoffset(), a.tzname(), a.astimezone(timezone.utc))
    b = datetime(2024, 3, 10, 2, 30, fold=fold, tzinfo=ny); print(b, b.utcoffset(), b.tzname(), b.astimezone(timezone.utc))
meeting = datetime(2024, 3, 29, 9, 0, tzinfo=ny)
for z in (paris, syd, ZoneInfo('Asia/Tokyo')):
    print(z, meeting.astimezone(z).strftime('%Y-%m-%d %H:%M %Z %z'))
print(datetime(2024, 10, 27, 1, 30, tzinfo=timezone.utc).astimezone(paris), (datetime(2024, 3, 31, 12, tzinfo=paris) - datetime(2024, 3, 30, 12, tzinfo=paris)))
print(datetime.now(paris).tzinfo is paris, paris.utcoffset(None), ZoneInfo('UTC').utcoffset(None), ZoneInfo('Etc/GMT-3').tzname(None))
for bad in ['Mars/Olympus', 'Europe', '../etc/passwd', '/usr/share/zoneinfo/UTC', 'Europe//Paris', '']:
    try: ZoneInfo(bad)
    except ZoneInfoNotFoundError as e: print('not found', e, isinstance(e, KeyError))
    except ValueError as e: print('ValueError', e)
print(type(ZoneInfoNotFoundError('x')).__module__, zoneinfo.TZPATH[:1], issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
import pickle
print(pickle.loads(pickle.dumps(ZoneInfo.no_cache("Asia/Tokyo"))).key if False else "")
try: paris.fromutc(datetime(2024, 1, 1))
except ValueError as e: print(e)
try: paris.fromutc(5)
except TypeError as e: print(e)
with open('/usr/share/zoneinfo/Asia/Tokyo', 'rb') as f: tk = ZoneInfo.from_file(f, key='Tokyo')
print(tk, datetime(2024, 1, 1, tzinfo=tk).utcoffset(), ZoneInfo.from_file(open('/usr/share/zoneinfo/UTC', 'rb')).key)
