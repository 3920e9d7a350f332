# A realistic mix: dataclasses, Counter/defaultdict/namedtuple/deque/OrderedDict/ChainMap, re, json, heapq, itertools, string
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from collections import Counter, defaultdict, namedtuple, deque, OrderedDict, ChainMap
from typing import List, Optional
import re, json, heapq, itertools, string
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)
    def total(self) -> int: return self.priority * 2
@dataclass(frozen=True)
class Pt:
    x: float = 0.0
    y: float = 0.0
    def __post_init__(self):
        if self.x < 0: raise ValueError('neg')
items = [Item(3, 'c'), Item(1, 'a', ['x']), Item(2, 'b')]
print(sorted(items), items[1], asdict(items[1]), astuple(items[0]), [f.name for f in fields(Item)])
print(Item(1, 'z') == Item(1, 'q'), Item(1, 'z') < Item(2, 'a'), replace(items[0], name='cc'))
p = Pt(1, 2)
try: p.x = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(p) == hash(Pt(1, 2)), p, Pt())
try: Pt(-1)
except ValueError as e: print('post_init', e)
try:
    @dataclass
    class BadDefault:
        x: list = []
except ValueError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e: print(type(e).__name__, e)
text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c.most_common(3), c['the'], c['missing'], sum(c.values()), sorted(c.elements())[:4])
c2 = Counter('abracadabra'); print(c2, c2 - Counter('aab'), c2 & Counter('aaz'), (c2 + c2)['a'], +Counter({'a': -1, 'b': 2}))
dd = defaultdict(list)
for w in text.split(): dd[len(w)].append(w)
print(dict(sorted(dd.items())), dd.default_factory.__name__)
Emp = namedtuple('Emp', 'name age dept', defaults=['eng'])
e = Emp('ann', 30); print(e, e._asdict(), e._replace(age=31), Emp._fields, e.dept, e[1], Emp._make(['b', 2, 'x']))
try: Emp('x')
except TypeError as ex: print(ex)
dq = deque(range(5), maxlen=4); dq.appendleft(-1); dq.rotate(2); print(dq, dq.maxlen, dq.pop(), dq.popleft())
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); od.popitem(last=False); print(od, list(od.keys()))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'z': 0}).maps)
tokens = re.findall(r'\d+\.?\d*|[a-z_]\w*|[-+*/()=]', 'x1 = (3.5 + y) * 42 - foo_bar / 2')
print(tokens)
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'mail bob@example.com and al@test.com'), re.split(r'[,;]\s*', 'a, b;c,  d'))
m = re.match(r'(?P<year>\d{4})-(?P<mon>\d\d)', '2024-05-17'); print(m.group('year'), m.groupdict(), m.span(2), m[0])
print(re.sub(r'\d', lambda mm: str(int(mm.group()) * 2), 'a1b2c3'), re.fullmatch(r'[a-z]+', 'abc1'), re.compile(r'ab', re.I).findall('AbaB'))
data = {'name': 'x', 'vals': [1, 2.5, None, True], 'nested': {'k': 'é'}}
s = json.dumps(data, sort_keys=True); print(s, json.loads(s) == data, json.dumps(data, indent=2)[:30].replace('\n', '|'))
print(json.dumps('é'), json.dumps('é', ensure_ascii=False), json.dumps([1, (2, 3)]), json.loads('{"a": [1e5, -0, 1.0]}'))
try: json.loads('{bad}')
except json.JSONDecodeError as ex: print(type(ex).__name__, ex)
try: json.dumps({1: object()})
except TypeError as ex: print(type(ex).__name__, ex)
h = []; [heapq.heappush(h, (p, n)) for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]]
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, 'hello'))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.groupby('aabbbc'))[1][0], [list(g) for k, g in itertools.groupby('aabbbc')], list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.permutations('abc', 2))[:3], list(itertools.combinations(range(4), 3)), list(itertools.product('ab', repeat=2)), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.compress('abcd', [1, 0, 1, 0])), list(itertools.pairwise('abcd')))
print(string.ascii_lowercase[:5], string.capwords('hello   world'), string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
