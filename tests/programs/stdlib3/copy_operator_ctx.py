import copy, operator, contextlib, io, sys
class Node:
    def __init__(self, v): self.v = v; self.kids = []; self.parent = None
a = Node(1); b = Node(2); a.kids.append(b); b.parent = a; a.self_ref = a
c = copy.deepcopy(a); print(c is not a, c.kids[0].parent is c, c.self_ref is c, c.kids[0].v)
s = copy.copy(a); print(s.kids is a.kids, s.v)
lst = [1, [2, 3]]; lst.append(lst); d = copy.deepcopy(lst); print(d[2] is d, d[1] is not lst[1], repr(d))
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self): print('copy called'); return Custom(self.x + 1)
    def __deepcopy__(self, memo): print('deepcopy called', type(memo).__name__); return Custom(self.x + 100)
print(copy.copy(Custom(1)).x, copy.deepcopy([Custom(1)])[0].x)
t = (1, [2]); print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, 2)) is (1, 2) or 'same-ish')
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
x = copy.deepcopy(Slotted()); print(x.a, x.b)
class R:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (R, (self.n * 2,))
print(copy.copy(R(3)).n, copy.deepcopy(R(3)).n)
print(copy.replace if hasattr(copy, 'replace') else 'no replace', copy.error)
ig = operator.itemgetter(1); ig2 = operator.itemgetter(0, 2); print(ig('abc'), ig2('abc'), repr(ig), repr(ig2))
ag = operator.attrgetter('v', 'kids'); print(ag(b), repr(operator.attrgetter('a.b')), operator.attrgetter('parent.v')(b))
mc = operator.methodcaller('split', ',', maxsplit=1); print(mc('a,b,c'), repr(mc), repr(operator.methodcaller('upper')))
print(operator.add(1, 2), operator.neg(3), operator.truediv(1, 4), operator.floordiv(7, 2), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
print(operator.is_(None, None), operator.not_(0), operator.truth([]), operator.concat([1], [2]), operator.getitem({'a': 1}, 'a'), operator.length_hint(iter([1, 2])), operator.index(5))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.ipow(2, 5), operator.matmul if True else '')
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(e)
try:
    operator.attrgetter('zz')(1)
except AttributeError as e:
    print(e)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('hidden', end='!')
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print(v)
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
    finally:
        print(f'</{name}>')
with tag('b') as t:
    print(t)
with tag('i'):
    raise ValueError('boom')
with contextlib.ExitStack() as stack:
    for n in 'xyz':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
    print('body')
def cleanup_chain():
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError('orig')
try:
    cleanup_chain()
except ZeroDivisionError as e:
    print('ZDE', repr(e.__context__))
with contextlib.ExitStack() as st:
    st.push(lambda *exc: True)
    raise RuntimeError('swallowed')
print('after swallow')
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print('exit', a[0]); return None
with CM() as cm:
    print(type(cm).__name__)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
with contextlib.redirect_stderr(io.StringIO()) as f:
    print('err', file=sys.stderr)
print(repr(f.getvalue()), contextlib.closing.__name__)
class Closer:
    def close(self): print('closed')
with contextlib.closing(Closer()): pass
@tag('deco')
def decorated(): print('inside')
try:
    decorated()
except TypeError as e:
    print('TypeError', e)
import heapq, bisect, functools, itertools
print(operator.add, operator.__add__, operator.invert, operator.inv, operator.__invert__, heapq.heappush, bisect.insort, functools.reduce, itertools.tee)
print({'+': operator.add, '-': operator.sub}, [operator.lt, operator.not_], heapq.nlargest.__name__)
