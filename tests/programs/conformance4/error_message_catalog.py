# Error messages of common mistakes: arity, unhashable, not iterable/callable/subscriptable, operators, conversions, builtins
import sys
def f(a, b, *, c, d=1): pass
def g(a, /, b): pass
def h(*args, **kw): pass
class K:
    def m(self, x): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls, y): pass
tests = r'''
f()
f(1)
f(1, 2)
f(1, 2, 3)
f(1, 2, c=3, e=4)
f(1, 2, c=3, a=5)
f(1, b=2, c=3, b=4)
g(a=1, b=2)
g(1, 2, 3)
K().m()
K().m(1, 2)
K.m(1)
K.s(1)
K.c()
K().c(1, 2)
len()
len(1, 2)
len(5)
abs('x')
int(x=1)
sorted([3], reverse=1, cmp=None)
print(end=1)
max()
max([])
min(1)
sum(['a', 'b'])
sum([], 'x')
sum([1], start=[])
hash([])
hash({})
{[]: 1}
{{1}}
set([[1]])
frozenset([{}])
iter(5)
next([1])
next(iter([]))
for x in 5: pass
a, b = 1
a, b = [1, 2, 3]
a, *b, c = [1]
(lambda: 1)(2)
(lambda x, y=2: 1)()
5()
'x'()
None()
[1][5]
[1]['a']
(1,)[2]
{}['k']
{}[[]]
'abc'[1.0]
[1, 2].index(5)
[].pop()
{}.pop('x')
set().pop()
set().remove(3)
{}.popitem()
[].remove(1)
(1).foo
None.foo
type.foo
K.zz
K().zz
import nosuchmod
from sys import nosuch
1 + 'a'
'a' + 1
[] + ()
1 - 'a'
'a' * 'b'
[] * 2.0
1 / 'a'
1 // None
1 % []
2 ** 'x'
1 @ 2
1 << 'a'
1 >> -1
1 << -1
1 & 1.0
1 | 'x'
1 ^ []
-'a'
+[]
~1.5
'a' < 1
[] <= {}
None > None
(1, 2) < (1, 'a')
1 in 5
'a' in 5
1 in 'abc'
del undefined_name
undefined_name
int('x')
float('x')
complex('x')
int('1.5')
[1, 2, 3][::0]
range(0, 10, 0)
list(range(5))[1:2:0]
'abc'.split('')
x = 1; x.append(1)
def q(): return unknown
q()
chr('a')
ord('')
divmod(1)
isinstance(1, 1)
issubclass(1, int)
issubclass(int, 1)
getattr(1)
getattr(1, 2)
setattr(1, 'a', 2)
type('X', (1,), {})
type(1, 2)
object(1)
object.__new__(int)
int.__new__(str)
super()
'%d' % 'x'
'{0}'.format()
'{x}'.format()
'{0:d}'.format(1.5)
dict(1)
dict([1])
dict([(1,)])
dict(a=1, **{'a': 2})
f(**{1: 2})
h(*1)
h(**1)
list(1, 2)
tuple(1)
zip(1)
map(None)
enumerate(1)
reversed(5)
reversed({})
sorted(1)
slice()
range()
range(1.5)
memoryview(1)
open()
round('x')
round(1, 'x')
pow()
min(1, 2, key=5)
vars(1)
dir(1, 2)
exec(5)
eval(5)
compile('x', 'f', 'bad')
eval('1 +')
exec('def')
eval('a b')
import math; math.sqrt('x')
print(*5)
'abc'.join(['a', 1])
[].sort(key=1)
[3, 'a'].sort()
sorted([1, None])
max(1, 'a')
raise 5
raise TypeError from 5
assert False, 'msg'
assert 0
'x'.foo()
int.real.foo
'''
for t in tests.strip().splitlines():
    try:
        exec(t, globals())
        print(t, '-> no error')
    except BaseException as e:
        print(t, '->', type(e).__name__, e)
