# Numbers: format specs, %-formatting, round/divmod/pow, int()/float() parsing, hashes, bool arithmetic, math
exprs = r'''
format(1234567.891, ',.2f')
format(1234567, '_x')
format(-42, '#010b')
format(3.14159, '+.3e')
format(0.000012345, 'g')
format(1e16, 'g')
format(123456789, 'n')
format(1.5, '%')
format(float('nan'), '08.2f')
format(float('-inf'), '=+10')
format(-0.0, '.1f')
format(12, 'c')
format('abc', '^9')
format('abc', '*>7.2')
format(255, '#X')
format(2**70, ',')
format(1e300*10, 'E')
format(complex(1, -2), '.2f')
format(complex(0, 1), '')
format(complex(-0.0, 0), '')
format(1.0, '')
format(1e22, '')
format(1.23456789e-7, '.3')
format(True, 'd')
format(True, '')
format(10, '.2f')
format(3, '=^+8')
format(1234.5, '_.1f')
format(0.1, '.20f')
format(-1.5e-10, 'G')
format(123, '010,')
format(-123.456, '012,.1f')
'%5.2f|%-6d|%+i|%x|%o|%#o|%#x|%e|%g|%c|%r|%a' % (3.14159, 42, 5, 255, 8, 8, 255, 12345.678, 0.0001, 65, 'x', 'é')
'%(a)s-%(b)05d' % {'a': 1, 'b': 2}
'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159)
'%s' % (1,)
'%s %s' % (1,)
'%d' % '1'
'%d' % 3.7
'%x' % 3.0
'%c' % 1114112
'%%%s' % ()
'%s' % [1, 2]
'%.3s' % 'abcdef'
'%5s|%-5s' % ('ab', 'cd')
'%i %u' % (2, 3)
'%z' % 1
'%(a)s %s' % {'a': 1}
b'%s %d %r' % (b'x', 5, 'é')
b'%a' % 'é'
round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(-1350, -2)
round(1.5, None), round(5, 1), type(round(5.0)), round(float('inf'), 1)
round(float('nan'))
round(float('inf'))
divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 0.5), divmod(-0.0, 1)
divmod(1, 0)
divmod(1.0, 0)
pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9+7)
pow(2, -1, 4)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(0, -1)
pow(0.0, -1)
(-8) ** (1/3)
2 ** -2, (-2) ** 2, 0 ** 0, 0.0 ** 0
int('1_000'), int('0x_ff', 16), int('0b101', 0), int(' 42 '), int('-0o17', 8), int('z', 36), int('١٢٣')
int('1__0')
int('_1')
int('08', 0)
int('12', 1)
int('12', 37)
int(3.9), int(-3.9), int('  -7\n')
int(float('inf'))
int(float('nan'))
int('')
int(b'12'), int(bytearray(b'-3'))
float('1_0.5'), float(' -inf '), float('nAn'), float('1e-400'), float('0x1p3') if False else 0
float('1__0')
float('abc')
float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).as_integer_ratio(), (2.0).is_integer()
nan = float('nan'); (nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan], min(nan, 1), max(1, nan))
hash(1), hash(1.0), hash(True), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(1.5), hash(-0.0), hash(complex(1, 0)), hash(float('inf'))
True + True, True * 3, -True, ~True, True / 2, True // 1, True << 3, True & False, True | 0, True ^ True, bool(-0.0)
type(True & False), type(True | 2), type(True + True)
1 < 2.5 < 3, 2 ** 53 + 1 == float(2 ** 53 + 1), 10**20 == 1e20, 2**1000 > 1e300, 2**1100 > float('inf')
(1).bit_length(), (-255).bit_length(), (255).bit_count(), (0).bit_length()
(1024).to_bytes(2, 'big'), int.from_bytes(b'\xff\xfe', 'little', signed=True), (-1).to_bytes(2, 'big', signed=True)
(256).to_bytes(1, 'big')
(-1).to_bytes(1, 'big')
abs(-0.0), abs(complex(3, 4)), abs(-2**70)
complex('1+2j'), complex(' (3-4j) '), complex(1, 2) * 1j, (1+2j) / (3-4j), complex(2), complex('j')
complex('1 + 2j')
(1+2j) < (2+3j)
(1+2j).conjugate(), (3+4j).real, (1j ** 2), 1j ** 0.5
1/0
1 % 0
1.0 // 0
0.0 / 0
10 ** -1, 10 ** 400 > 0, 7 // -2, -7 % 3, 7.5 % -2, -0.0 % 5, 5 % -0.5
(2**64) // 3, -(2**64) // 3, (2**64) % -7, divmod(-(2**70), 12345)
str(1e16), str(1e-5), str(123456789012345678.0), repr(0.1 + 0.2), str(-0.0), str(1e-4), str(12345678901234567890.0)
float(2**1024)
int(1e20), int(-1e-20)
1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2
import math; (math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.isqrt(99), math.gcd(12, -18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(10))
math.sqrt(-1)
math.log(0)
math.factorial(-1)
math.factorial(2.0)
math.exp(1000)
math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3], start=2), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12)
math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4)
math.isclose(1.0, 1.0 + 1e-10), math.inf, -math.inf, math.nan, math.pi, math.e, math.tau
'''
for line in exprs.strip().splitlines():
    try:
        r = eval(line) if not line.startswith('import') else exec(line)
        print(repr(r))
    except Exception as e:
        print(line, '->', type(e).__name__, e)
