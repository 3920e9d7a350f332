# Reprs of values and exceptions, integer and float arithmetic corners,
# hashes of numbers, evaluated one expression at a time.
tests = r'''
list(zip(*[]))
list(map(None, [])) if False else 0
[x for x in range(3) if x][::-1]
dict(zip(range(3), 'abc')).items()
str({1: [2, (3,)], 'k': {4}})
repr([None, True, 1.0, 'a\'b', "q\"", b'\x00'])
repr('\x7f\x80\u200b\ud800')
repr('tab\there')
ascii('ñ\U0001f600')
str(frozenset())
repr(set())
repr({1: {}})
repr(range(0))
repr(slice(1, None))
repr(...)
repr(NotImplemented)
repr(type)
repr(int)
str(ValueError)
repr(ValueError('x', 2))
repr(StopIteration())
str(KeyError('a', 'b'))
repr(Exception())
str(BaseException())
repr(SystemExit(2))
repr(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid'))
str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid'))
str(OSError(2, 'No such file', 'x.txt'))
OSError(2, 'x').errno, OSError('just msg').errno
type(OSError(2, 'x')).__name__
type(OSError(17, 'x')).__name__
str(SyntaxError('bad', ('f.py', 1, 2, 'x y')))
repr(SyntaxError('bad'))
divmod(7, -2), divmod(-7, 2)
7 % -3, -7 % 3, 7.5 % -2
(-7) // 2, 7 // -2
2 ** 62, 2 ** 63, -(2 ** 63)
(2 ** 64) // 3, (2 ** 64) % 7
(10 ** 20) / 3
int('9' * 30) // 7
12345678901234567890 * 98765432109876543210
-17 >> 2, -(17 >> 2)
(1 << 100) >> 98
(2**100).bit_length()
(-2**100).bit_length()
0.1 + 0.7
1e308 * 10
float('1e309')
round(1e300, -299)
round(123.456, -1), round(-123.456, 1)
round(5e-324, 400)
(0.1).__round__(5)
int(12.9999999999999999)
float(12345678901234567890)
str(0.1 + 0.2)
1/3 * 3 == 1
3 * 1.1
100 * 1.1
9007199254740993.0
float(9007199254740993)
2**53 + 1.0
int(2**53 + 1.0)
f'{2**70:.3e}'
f'{2**70:,}'
format(2**100, 'x')
hex(-2**70)
max(2**70, 2**70 + 0.5)
2**70 == 2.0**70, 2**70 + 1 == 2.0**70
2**70 < 2.0**70 + 1e6
hash(2**70) == hash(2.0**70)
hash(0.5), hash(-0.5), hash(1e300)
hash(float('inf')), hash(float('-inf'))
sorted([3, 1.5, 2**65, -2**65, 0.0, True])
sum([1, 2**64, 0.5])
sum([0.1] * 3) == 0.30000000000000004
min([], default=None)
list(reversed(range(-5, 5, 3)))
range(10)[-3:]
range(10)[::-1][2]
range(2**70)[2**69]
len(range(2**70)) if False else range(2**70).stop
list(enumerate(range(3), -1))
'%.2f' % 1e100
'%g' % 1e-5
'%#.3g' % 1
'%08.3e' % -1.5
'%+s' % 'x'
'%-+8.3f|' % 3.14159
'%(a)s %(a)r' % {'a': 'x'}
'%o' % 8, '%x' % 3.0 if False else 1
str(-0.0), -0.0 == 0.0, repr(0.0 * -1)
abs(-0.0), -(0.0)
math_floor = __import__('math').floor(-0.5)
__import__('math').floor(-0.5), __import__('math').ceil(-0.5)
'{:.3f}'.format(-0.0001)
'{:.0f}'.format(-0.4)
'{:g}'.format(-0.0)
'{:+.0f}'.format(0.4)
'''
ns = {}
for line in tests.strip().split('\n'):
    try:
        print(line, '->', repr(eval(line, ns)))
    except SyntaxError:
        exec(line, ns); print(line, 'exec ok')
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
