# Builtins: sorted/min/max/sum/zip/map/filter/enumerate/iter/reversed, slices, ranges, print, vars/dir, isinstance, dict/list/set operations
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self): return iter('cba')
exprs = r'''
sorted([3, 1, 2], key=lambda x: -x), sorted('bca', reverse=True), min([], default='empty'), max([1, 5, 3], key=lambda x: x % 5), min(3, 1, 2, key=None)
min([], key=len)
max(1, 2, default=0)
sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(101)), sum([1.5, 2], start=1)
sum(['a'], '')
list(zip('ab', [1, 2, 3])), list(zip()), list(zip('a', 'b', 'c'))
list(zip([1, 2], [1], strict=True))
list(zip([1], [1, 2], strict=True))
list(zip([1], [1, 2], [3], strict=True))
list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'xyz')), list(filter(None, [0, 1, '', 'a', None, []])), list(filter(str.isdigit, 'a1b2'))
list(enumerate('ab', start=5)), list(enumerate('ab', -1)), list(enumerate(start=1, iterable='x'))
it = iter([1, 2, 3, None, 4]); list(iter(lambda: next(it), None))
list(iter(Seq(3))), list(reversed(Seq(3))), list(reversed(Rev())), list(reversed(range(1, 10, 3))), list(reversed([1, 2])), list(reversed((1, 2))), list(reversed('ab'))
list(reversed(iter([1])))
iter(lambda: 1, 2, 3)
s = slice(1, 10, 2); (s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(10, -10, -3).indices(7))
slice(1, 2) == slice(1, 2), slice(1) , repr(slice(1, 'a', None)), [0, 1, 2, 3][slice(None, None, -2)]
slice(0, 1, 0).indices(3)
hash(slice(1, 2))
range(10, 0, -3), list(range(10, 0, -3)), len(range(10, 0, -3)), range(0, 10, 3)[-1], range(5)[1:3], range(5)[::-1], range(0, -10, -2)[2:]
range(0, 10, 2).index(4), 4 in range(0, 10, 2), 5 in range(0, 10, 2), range(0, 10, 2).count(4), 4.0 in range(10), range(3) == range(0, 3, 1), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7)
range(0, 10, 2).index(5)
range(5)[10]
len(range(2**64))
range(2**64)[2**63], range(-5, 5)[-1], hash(range(3)) == hash(range(0, 3)), bool(range(0)), reversed(range(3)).__class__.__name__
range(1.5)
range(1, 2, 3, 4)
import io; buf = io.StringIO(); print('a', 'b', 1, sep='-', end='!\n', file=buf); print(file=buf); print('x', sep=None, end=None, file=buf, flush=True); buf.getvalue()
print('a', sep=5)
print('a', file=5)
class A: x = 1
sorted(vars(A).keys())[:3], vars().__class__.__name__ if False else 0, sorted(k for k in dir(A) if not k.startswith('__')), dir([])[-3:]
getattr(A, 'y', 'dflt'), getattr(A, 'x'), hasattr(A, 'x'), isinstance(1, (str, (int, float))), isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, type(None) | int)
isinstance(1, (int, 5))
isinstance(1, [int])
issubclass(int, (5,))
object() == object(), object() != object(), (lambda: 0) == (lambda: 0)
object() < object()
format(5), format(5, 'b'), format('x', '>3'), format(None), format([1], '')
format(None, 'x')
ascii('aé\x00😀'), ascii([1, 'é']), bin(-5), oct(-8), hex(-255), hex(0), bin(True), hex(2**70)
hex(1.5)
type(1), type('a'), type(None), type(type), type(int), type(print), type(len), type([].append), type(A.__dict__)
callable(print), callable(A), callable(A()), callable(1)
all([]), any([]), all([1, 0]), any(x > 2 for x in [1, 3]), all(iter([True]))
abs(True), divmod(True, 2), max(True, 2), round(True), pow(True, 5)
repr(NotImplemented), repr(Ellipsis), repr(...), bool(NotImplemented) if False else 0, type(...).__name__
bool(NotImplemented)
id(1) == id(1), hash(None) == hash(None), hash(A) == hash(A)
chr(97) + chr(0x1F600), ord('\U0001F600'), list(map(ord, 'aé'))
globals()['A'] is A, 'A' in globals(), locals() is globals()
dict(zip('ab', range(2))), dict([('a', 1)], b=2), dict({'a': 1}, a=2), dict.fromkeys('ab', 0), {**{'a': 1}, 'b': 2}
{'a': 1} | {'b': 2}, {'a': 1, 'b': 2}.keys() & {'b', 'c'}, {'a': 1}.items() | {('c', 3)}, list({'a': 1, 'b': 2}.values())
d = {'a': 1}; d |= [('b', 2)]; d
d = {'b': 1, 'a': 2}; (list(reversed(d)), list(reversed(d.items())), d.setdefault('c', []), d.pop('zz', 'dflt'), d.popitem(), d)
d = {1: 'a'}; d.update({2: 'b'}, x=3); d.update([(3, 'c')]); d
{}.update(1)
{}.update([1])
{}.update([(1, 2, 3)])
list({1: 2}.items())[0].__class__.__name__, {1: 2}.keys().__class__.__name__, repr({1: 2}.items()), repr({}.values())
d = {}; d[1] = d; repr(d)
l = [1]; l.append(l); repr(l), str(l)
t = ([],); t[0].append(t); repr(t)
[1, 2, 3, 4, 5][1:4:2], [1, 2, 3][::-1], [1, 2][5:], [1, 2, 3][-2:-1]
l = [1, 2, 3, 4]; l[1:3] = 'xyz'; l
l = [1, 2, 3, 4]; l[::2] = [9, 8]; l
l = [1, 2, 3, 4]; l[::2] = [9]; l
l = [1, 2, 3, 4]; del l[::2]; l
l = [1, 2, 3]; l[5:] = [7]; l
l = [3, 1, 2]; (l.sort(), l.reverse(), l.copy(), l.count(1), l.index(2, 1), l.insert(-10, 0), l.insert(10, 99), l)
l = [1]; l.extend(x for x in 'ab'); l += 'c'; l *= 2; l
l = [1, 2, 3]; l.index(3, -1), l.index(1, -10)
[1, 2, 3].index(1, 1)
[1] * -1, [[]] * 2, (1,) * 0, [1, 2] == (1, 2), [1, 2] < [1, 2, 0], (1, 2) <= (1, 2)
set('abc') - {'a'} == {'b', 'c'}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2}, {1} < {1}, {1, 2}.isdisjoint([3]), {1}.union([2], (3,)), frozenset([1]) | {2}, type({1} | frozenset([2]))
s = {1, 2, 3}; s.discard(5); s.difference_update([1]); s.intersection_update({2, 5}); s.symmetric_difference_update({7}); sorted(s)
repr(set()), repr(frozenset()), repr({1}), repr(frozenset({2})), {1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset([]))
{1, 1.0, True}, {0, False, 0.0, -0.0}, len({'a', 'a'}), {(1, 2), (1, 2)}, {1: 'a', 1.0: 'b', True: 'c'}
'''
for line in exprs.strip().splitlines():
    try:
        if '; ' in line:
            *pre, last = line.split('; ')
            ns = dict(globals())
            exec('; '.join(pre), ns)
            r = eval(last, ns)
        else:
            r = eval(line)
        print(repr(r))
    except Exception as e:
        print(line[:50], '->', type(e).__name__, e)
