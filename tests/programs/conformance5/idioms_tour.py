# A tour of everyday library and class idioms: total_ordering, __slots__ linked
# list, Counter/defaultdict/namedtuple, itertools, re, string, math, lru_cache,
# singledispatch, list subclasses, properties with setters and deleters.
import functools, collections, itertools, operator, string, re, math
@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return NotImplemented if not isinstance(o, Version) else self.parts == o.parts
    def __lt__(self, o): return NotImplemented if not isinstance(o, Version) else self.parts < o.parts
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return f'Version({".".join(map(str, self.parts))!r})'
vs = sorted(map(Version, ['1.10', '1.2', '1.2.1', '0.9']))
print(vs, Version('1.2') <= Version('1.2'), Version('2') > Version('1.99'), Version('1') == 1)
try: Version('1') < 1
except TypeError as e: print(e)
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None): self.val, self.next = val, next
    def __iter__(self):
        n = self
        while n: yield n.val; n = n.next
    def __len__(self): return sum(1 for _ in self)
    def __bool__(self): return True
ll = Node(1, Node(2, Node(3)))
print(list(ll), len(ll), [*ll][::-1])
try: ll.other = 1
except AttributeError as e: print(e)
counts = collections.Counter('mississippi')
print(counts.most_common(2), sorted(counts.elements())[:5], counts['z'], +counts, counts - collections.Counter('ss'))
dd = collections.defaultdict(list)
for w in 'apple bat cat axe bee'.split(): dd[w[0]].append(w)
print(dict(dd), dd.default_factory)
Point = collections.namedtuple('Point', 'x y', defaults=[0])
p = Point(1)
print(p, p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults, p[0], p.x + p.y)
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.groupby('aabbbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.permutations('abc', 2))[:4], list(itertools.combinations_with_replacement('ab', 2)), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.zip_longest('ab', 'c', fillvalue='-')), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'hello big world'), re.findall(r'\d+', 'a1b22c333'), re.split(r'[,;]\s*', 'a, b;c'))
print(string.ascii_lowercase[:5], string.punctuation[:5], string.Template('$x and ${y}').substitute(x=1, y=2))
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), math.hypot(3, 4))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)('101'))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.singledispatch
def show(x): return f'obj {x}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list {len(x)}'
print(show(1), show([1, 2]), show('s'), show(True))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s, s.peek(), type(s).__name__, isinstance(s, list), s + [3], type(s + [3]).__name__, s * 2, type(s[:1]).__name__)
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self): print('deleting'); del self._c
t = Temp(); t.celsius = 25; print(t.celsius)
try: t.celsius = -300
except ValueError as e: print(e)
del t.celsius
try: t.celsius
except AttributeError as e: print(e)
try: Temp.celsius.fset(t, 1); print(t._c)
except Exception as e: print(e)
class RO:
    @property
    def x(self): return 1
try: RO().x = 2
except AttributeError as e: print(e)
try: del RO().x
except AttributeError as e: print(e)
