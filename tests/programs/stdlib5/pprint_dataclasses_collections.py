import pprint, dataclasses, collections, types
@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass
class Shape:
    name: str
    points: list
    meta: dict
s = Shape('polygon with a rather long descriptive name', [Point(i, i * i, ['t%d' % j for j in range(i)]) for i in range(4)], {'color': 'red', 'layers': list(range(30))})
pprint.pprint(s); pprint.pprint(s, width=60); pprint.pprint(Point(1, 2)); print(pprint.pformat(s, depth=2))
long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.'
pprint.pprint([long, long[:40]], width=50); pprint.pprint({'text': long * 2}, width=70)
pprint.pprint(b'\x00\x01binary data that is fairly long ' * 3, width=40); pprint.pprint(bytearray(b'abc' * 30), width=40)
pprint.pprint(collections.OrderedDict((str(i), i) for i in range(8)), width=40); pprint.pprint(collections.defaultdict(list, {'a': [1] * 20}), width=40)
pprint.pprint(collections.Counter('abracadabra' * 3), width=30); pprint.pprint(collections.deque(range(25), maxlen=30), width=40); pprint.pprint(collections.ChainMap({'a': 1}, {'b': list(range(20))}), width=40)
pprint.pprint(types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma='x' * 30), width=40); pprint.pprint(types.MappingProxyType({'k': list(range(25))}), width=40)
pprint.pprint({frozenset({1, 2}): set(range(20)), (1, 2): [{'nested': {'deep': [1, 2, {'deeper': 'v' * 30}]}}]}, width=50)
pprint.pprint(list(range(50)), compact=True, width=60); pprint.pprint([[1, 2], [3, 4]] * 8, compact=True, width=40, indent=3)
pp = pprint.PrettyPrinter(indent=2, width=30, sort_dicts=False, underscore_numbers=True); pp.pprint({'z': 1234567, 'a': [10**10, 2.5]})
print(pprint.pformat(123456789, underscore_numbers=True), pprint.isreadable(s), pprint.saferepr(s)[:40])
