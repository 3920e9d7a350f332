import collections, enum, dataclasses, typing, functools, operator, copy, pprint, heapq, bisect, string, random, struct, array, io, contextlib
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: tuple = ()
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    _: KW_ONLY
    owner: str = "me"
    secret: InitVar[int] = 0
    def __post_init__(self, secret): self.code = secret * 2
p = P(1, 2)
print(p, p < P(1, 3), hash(p) == hash(P(1, 2)), asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(p)])
try: p.x = 5
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
i = Inv("a", owner="you", secret=4); print(i, i.code, Inv.__match_args__ if hasattr(Inv, '__match_args__') else '')
try: Inv()
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
class S(enum.StrEnum):
    A = enum.auto(); B = enum.auto()
print(Color(2), Color["BLUE"], list(Color), Color.RED.name, repr(Color.GREEN), Perm.R | Perm.W, repr(Perm(7)), Perm(0), S.A, repr(S.B), format(Color.RED), f"{Perm.R}")
try: Color(9)
except ValueError as e: print(e)
try: Color["X"]
except KeyError as e: print(e)
print(len(Color), Color.RED in Color, [c for c in Perm(6)], Perm.R in Perm(6), enum.unique(Color))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], typing.get_type_hints(Box.__init__), typing.Optional[int], typing.Union[int, str], typing.List[int], typing.Dict[str, typing.Any], typing.Callable[[int], str], typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.Literal["a"])
class Pt(typing.NamedTuple):
    x: int
    y: int = 0
class TD(typing.TypedDict):
    a: int
print(Pt(1), Pt._fields, Pt._field_defaults, TD(a=1), typing.TYPE_CHECKING, typing.cast(int, "x"))
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), functools.reduce(operator.add, range(5)), functools.partial(pow, 2)(10), repr(functools.partial(pow, 2)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(2), V(3) > V(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
c = collections.Counter("mississippi"); print(c, c.most_common(2), c - collections.Counter("ss"), c.total(), +c, sorted(c.elements())[:4])
dq = collections.deque(range(5), maxlen=4); dq.rotate(1); print(dq, dq.maxlen)
od = collections.OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(reversed(od)))
dd = collections.defaultdict(list); dd["x"].append(1); print(dd, dict(dd))
Pn = collections.namedtuple("Pn", "x y", defaults=[0]); print(Pn(1), Pn._make([3, 4]), Pn(1)._asdict(), Pn(1)._replace(y=5))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], dict(cm), cm.new_child({"c": 4}))
print(string.Template("$a-${b}").substitute(a=1, b=2), string.Template("$a $c").safe_substitute(a=1), string.capwords("hello  world"), string.Formatter().format("{0}-{x}", 1, x=2))
r = random.Random(42); print(r.random(), r.randint(1, 100), r.choice("abc"), r.sample(range(10), 3), r.uniform(1, 2), r.gauss(0, 1), r.choices("ab", weights=[1, 3], k=4))
l = list(range(10)); r.shuffle(l); print(l, r.getrandbits(70), r.randrange(0, 100, 7), r.triangular(), r.betavariate(2, 3), r.expovariate(1.5))
print(struct.pack("<hif", 1, 2, 3.5), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("@ihq"), array.array("i", [1, 2, 3]), heapq.nlargest(2, [5, 1, 8, 3]), heapq.merge([1, 4], [2, 3]) and list(heapq.merge([1, 4], [2, 3])), bisect.insort(l, 5) or l)
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=40)
print(pprint.pformat([{"a": 1, "b": [1, 2, {"c": "x" * 30}]}] * 2, width=50, compact=True))
