# Standard library corner cases (collections, itertools, functools, json,
# re, heapq, bisect, math, random, enum, typing), one expression at a time.
import itertools, functools, collections, string, json, re, heapq, bisect, math, random, dataclasses, enum, typing
tests = r'''
collections.Counter('aab') == collections.Counter({'a': 2, 'b': 1})
repr(collections.Counter())
repr(collections.OrderedDict(a=1))
repr(collections.deque([1], maxlen=3))
repr(collections.defaultdict(list))
collections.namedtuple('P', 'x y', rename=True)._fields
collections.namedtuple('P', ['a', 'def', 'a'], rename=True)._fields
collections.Counter('abc').most_common(0)
sorted(collections.Counter(a=2, b=-1).elements())
collections.Counter(a=1) < collections.Counter(a=2)
list(itertools.batched('abcde', 2)) if hasattr(itertools, 'batched') else 'nobatched'
list(itertools.accumulate([]))
list(itertools.groupby([]))
next(itertools.count(5, -1))
list(itertools.product('ab', repeat=0))
list(itertools.combinations(range(3), 5))
functools.reduce(int.__add__, [1, 2, 3], 10)
functools.partial(print, sep='-').keywords
repr(functools.partial(int, base=2))
string.Template('$x').substitute({'x': 1})
json.dumps({'b': 1, 'a': [1.5, None]}, sort_keys=True, indent='\t')
json.dumps('\u2028')
json.loads('1e400')
json.loads('[1, 2]', parse_int=float)
json.dumps(float('nan'), allow_nan=False)
json.dumps({'a': 1}, separators=(',', ': '), indent=1)
json.dumps([[]], indent=2)
json.dumps({}, indent=2)
json.loads('{"a": {"b": [true]}}')['a']
re.sub(r'(a)|b', r'[\1]', 'ab')
re.findall(r'(a)|(b)', 'ab')
re.split(r'\b', 'ab cd')
re.sub(r'\s*', '-', 'ab')
re.match(r'(?i)ß', 'SS')
re.fullmatch(r'a{,2}', 'aa').group()
re.compile(r'\d').sub('#', 'a1b2', 1)
re.search(r'(?P<x>a)(?P=x)', 'baab').span()
re.sub(r'(?<!\d)(\d)(?!\d)', r'0\1', '1 22 3')
re.findall(r'\d+(?:\.\d+)?', '1.5 2 3.25')
re.escape('hello world!')
[m.span() for m in re.finditer(r'', 'ab')]
re.match(r'(a*)*b', 'aab').groups()
re.subn('x', 'y', 'xxx', count=2)
re.match(r'\w+', 'héllo').group()
re.purge() 
heapq.nsmallest(3, [5, 1, 4, 1, 3], key=lambda x: -x)
heapq.nlargest(0, [1])
bisect.bisect_right([1, 2, 2, 3], 2, hi=2)
math.isqrt(0), math.comb(5, 7), math.perm(3, 5)
math.gcd(), math.gcd(-4, 6)
math.copysign(1, -0.0), math.fabs(-0.0)
math.trunc(-0.0)
math.floor(float('inf'))
math.log(10**500)
math.sqrt(10**400)
math.atan(float('inf')), math.tanh(1000)
math.fsum([1e100, 1, -1e100])
math.ceil(10**20 + 0.5)
math.pow(0, 0), math.pow(-8, 1/3) if False else 0
math.factorial(0)
math.dist([1, 1], [4, 5])
math.isclose(float('inf'), float('inf'))
random.Random(5).choice(range(100))
random.Random('x').random()
random.Random(2**100).random()
random.Random(-5).random() == random.Random(5).random()
random.Random(5.5).random() if False else 0
random.Random(0).sample(range(10), k=3)
random.Random(1).randrange(0, 10, 2)
random.Random(3).triangular()
dataclasses.is_dataclass(int)
enum.Enum('C', [('A', 5)]).A.value
list(enum.Flag('F', 'A B C'))
repr(enum.Flag('F', 'A B')(0))
typing.get_type_hints(lambda x: x) if False else 0
repr(typing.List[typing.Dict[str, int]])
repr(typing.Optional[typing.List[int]])
typing.Union[int, int]
repr(typing.Callable[..., int])
repr(typing.Any)
'''
for line in tests.strip().split('\n'):
    try:
        print(line, '->', repr(eval(line)))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
