import pickle, collections, enum
from dataclasses import dataclass
class P:
    def __init__(self): self.x = 1
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
Pt = collections.namedtuple('Pt', 'x y')
class E(enum.Enum):
    A = 1
@dataclass
class D:
    name: str
    tags: list
class Custom:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Custom, (self.v * 2,))
class WithState:
    def __init__(self): self.a = 1; self.cache = 'big'
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
class MyList(list): pass
class MyDict(dict):
    def __init__(self, *a): super().__init__(*a); self.extra = 5
objs = [None, True, 0, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, 2**63, -2**63, 2**64, 10**100, 1.5, -0.0, float('inf'), 'héllo', '', 'x' * 300, b'', b'xy', b'z' * 300,
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(2500)), {}, {'a': 1}, {'a': 1, 'b': [2]}, set(), {1, 2, 3}, frozenset(), frozenset({'q'}),
        P(), Pt(1, 2), E.A, ValueError('bad', 2), KeyError('k'), complex(1, -2), range(1, 10, 2), bytearray(b'ab'), S(), D('n', [1, 2]), Custom(4), WithState(), MyList([1, 2]), MyDict({'k': 1}),
        collections.OrderedDict(a=1, b=2), collections.deque([1, 2], maxlen=5), collections.Counter('aab'), collections.defaultdict(list, {'x': [1]}), len, P, int, slice(1, 2)]
for o in objs:
    for proto in (2, 3, 4, 5):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        if proto == 4:
            print(type(o).__name__, len(data), data[:60], repr(back)[:60] if not isinstance(back, (P, S, WithState, Custom)) else sorted(vars(back).items()) if not isinstance(back, S) else (back.a, hasattr(back, 'b')))
        else:
            print(' p%d' % proto, len(data), data == pickle.dumps(o, proto))
shared = [1, 2]; outer = [shared, shared, (shared,)]
again = pickle.loads(pickle.dumps(outer)); print(again, again[0] is again[1], again[2][0] is again[0], pickle.dumps(outer))
rec = []; rec.append(rec); r2 = pickle.loads(pickle.dumps(rec)); print(r2, r2[0] is r2)
d = {}; d['self'] = d; print(pickle.loads(pickle.dumps(d)))
for bad in [b'', b'\x80\x04K', b'\x80\x04\xff.', b'garbage', 'str']:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print('PicklingError', str(e).split(' at 0x')[0])
def outerf():
    def inner(): pass
    return inner
try:
    pickle.dumps(outerf())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
import io
buf = io.BytesIO(); pickle.dump({'k': [1, 2]}, buf); pickle.dump('second', buf); buf.seek(0); print(pickle.load(buf), pickle.load(buf))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.loads(b'(lp0\nI1\naI2\na.'), pickle.loads(b'\x80\x02]q\x00(K\x01K\x02e.'))
import pickle, collections
for o in [b'', b'xy', b'z'*300, set(), {1, 2, 3}, frozenset(), frozenset({'q'}), complex(1, -2), range(1, 10, 2), bytearray(b'ab'), collections.deque([1, 2], maxlen=5)]:
    print(pickle.dumps(o, 2)[:80])
