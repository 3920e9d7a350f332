import re, json
from collections import Counter, defaultdict
from datetime import datetime, timedelta
LOG = """2024-03-01 10:00:01 INFO  [auth] user=alice action=login ip=10.0.0.1
2024-03-01 10:05:22 WARN  [db] slow query took 1532ms table=orders
2024-03-01 10:07:45 ERROR [auth] user=bob action=login reason="bad password"
2024-03-01 11:15:00 INFO  [auth] user=alice action=logout
2024-03-02 09:00:00 ERROR [db] connection lost retry=3
2024-03-02 09:00:05 INFO  [db] reconnected after 5s
2024-03-02 23:59:59 DEBUG [cache] hit ratio=0.93"""
LINE = re.compile(r'^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$', re.M)
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
entries = []
for m in LINE.finditer(LOG):
    d = m.groupdict()
    d['ts'] = datetime.strptime(d['ts'], '%Y-%m-%d %H:%M:%S')
    d['fields'] = {k: v.strip('"') for k, v in KV.findall(d['msg'])}
    entries.append(d)
print(len(entries), entries[1]['fields'], entries[2]['fields'])
levels = Counter(e['level'] for e in entries)
print(levels.most_common(), sorted(levels))
by_comp = defaultdict(list)
for e in entries:
    by_comp[e['comp']].append(e['level'])
print(dict(by_comp))
span = entries[-1]['ts'] - entries[0]['ts']
print(span, span.total_seconds(), span.days, divmod(span.seconds, 3600))
per_day = Counter(e['ts'].date().isoformat() for e in entries); print(per_day)
print([e['ts'].strftime('%a %d %b %H:%M') for e in entries if e['level'] == 'ERROR'])
durations = [int(x) for x in re.findall(r'(\d+)ms', LOG)]; print(durations)
print(re.sub(r'user=(\w+)', lambda m: 'user=' + m.group(1)[0] + '***', LOG.splitlines()[0]))
print(re.sub(r'(?m)^(\S+) (\S+)', r'\2 \1', LOG).splitlines()[:2])
summary = {'levels': dict(levels), 'first': entries[0]['ts'].isoformat(), 'last': str(entries[-1]['ts']), 'users': sorted({e['fields']['user'] for e in entries if 'user' in e['fields']})}
print(json.dumps(summary, indent=2, sort_keys=True))
hours = Counter(e['ts'].hour for e in entries); print(sorted(hours.items()))
window = timedelta(minutes=10)
bursts = [(a['ts'].time(), b['ts'].time()) for a, b in zip(entries, entries[1:]) if b['ts'] - a['ts'] <= window]
print(bursts)
print(re.split(r'\s*\|\s*', 'a | b|c  |d'), re.findall(r'\b[A-Z]{4,5}\b', LOG))
table = [(e['ts'].strftime('%m/%d'), e['level'].lower(), e['comp']) for e in entries]
for row in table:
    print('{:<6}|{:^7}|{:>6}'.format(*row))
