# Error messages of common mistakes with builtins, evaluated one by one.
tests = r'''
[1, 2, 3].remove(5)
[].index(1)
{}['a']
{}[[1]]
{1: 2}.keys()[0]
(1, 2)[5]
'abc'.index('z')
'abc' + 1
1 + 'abc'
[1] + (2,)
len(5)
[1, 2]['x']
{}.get()
int('abc')
int(None)
float([])
abs('x')
-'x'
~1.5
1 < 'a'
[] < {}
sum(['a'])
max()
max(1)
min([], key=len)
sorted(1)
iter(None)
next(iter([]))
list(5)
tuple(None)
dict(5)
set(1)
frozenset([[]])
hash([])
hash({})
getattr(1, 'x')
object().x
setattr(1, 'x', 2)
(1).real = 5
type('X', (), {})().missing
del [][0]
[].pop(5)
'x'.join([1])
'abc'.split(1)
'{0}'.format()
'{a}'.format()
'%d' % 'x'
'%s %s' % 'a'
chr(-1)
ord('')
divmod(1, 0)
1 % 0.0
2 ** -1 % 0
pow(2, 3, 0)
pow(2, -1, 4)
round(1.5, 'x')
range(1.5)
range(0, 10, 0)
list(range(3))[::0]
'abc' * 1.5
[1] * 'a'
import_module
print(undefined_name)
int.foo
str.join(1, 2)
(lambda x: x)()
(lambda x: x)(1, 2)
(lambda: 1)(x=1)
(lambda *, k: k)(1)
(lambda a, b=1: a)(b=2)
dict(a=1)['b']
enumerate(1)
zip(1)
map(len)
filter(1, 2)
isinstance(1, 2)
issubclass(1, int)
super()
bytes('abc')
bytes(-1)
b'abc' + 'd'
'abc'.encode('nope')
b'\xff'.decode()
b'\xff\xfe'.decode('ascii')
complex('x')
float('nan').as_integer_ratio()
float('inf').as_integer_ratio()
int(float('nan'))
(2**1000) * 1.0 ** 1
2.0 ** 2000
float(2**2000)
[].sort(key=1)
sorted([1, 2], key=lambda: 1)
[3, 1].sort(1)
reversed(5)
open()
globals()['zz']
vars(1)
[x for x in 5]
{**[]}
f(*5) if False else print(*5)
print(**{1: 2})
'a'.startswith(['a'])
'a' in 5
5 in 'a'
None in 'a'
[] in {}
{} in {1}
'abc'.count()
'abc'.replace('a')
str.upper()
'abc'.center()
'abc'.center(5, 'ab')
'abc'.rjust(5, '')
'a'.zfill('x')
'%c' % 1114112
'%c' % -1
'{:d}'.format('a')
'{:s}'.format(1)
'{:,s}'.format('a')
'{:=}'.format('a')
'{:+s}'.format('a')
'{:#s}'.format('a')
'{:0>}'.format(1.5)
format(1, '.2d')
format(1.5, 'n,') 
format(1, ',_')
format(1, '__')
format(1, 'x,')
int('10', 37)
int(10, 2)
int('', 0)
int('08', 0)
int('0o8', 0)
'abc'.__getitem__(10)
[1, 2].__getitem__(-5)
object.__new__(int)
int.__new__(str)
type(5, 6)
type('A', 5, {})
class_ = type('A', (int, str), {})
'''
for line in tests.strip().split('\n'):
    try:
        r = eval(line) if not line.startswith('class_') and '=' not in line.split('(')[0] else exec(line)
        print(line, '->', repr(r))
    except SyntaxError as e:
        print(line, '!! SyntaxError', e.msg)
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
