# Built-in corners: max/min/sorted/sum keyword rules and errors, format_map,
# format specs of bools and huge/special floats, int/complex parsing, pow
# with modulus and negative exponents, big-int shifts and divisions.
tests = r'''
max([1, 2], default=0, key=lambda x: -x), min([], default=None), max('abc', key=ord)
max()
max([], key=len)
min(1, 2, default=3)
max(1, [2])
sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
sorted(['b', 'a'], reverse=1), sorted('bca'), sorted({3: 1, 1: 2}), sorted([(1, 'b'), (1, 'a')])
list(map(int, ['1', 'x']))
sum([1, 2], 3.5), sum([[1]], start=[0]), sum(x for x in range(4))
sum(['a'], '')
sum([b'a'], b'')
sum([bytearray(b'a')], bytearray())
'{a}-{b}'.format_map({'a': 1, 'b': 2}), '{a}'.format_map(type('D', (dict,), {'__missing__': lambda s, k: k.upper()})())
'{a}'.format_map({})
'{0}'.format_map([5])
'{}'.format_map({})
'{:d}'.format('x')
'{:s}'.format(5)
'{:x}'.format(2.5)
'{:,d}'.format(1.5)
format(True, 'd'), format(True, ''), format(False, '>5'), format(1.0, 'd') if False else ''
format(10**30, 'e'), format(10**30, '.3g'), format(-10**20, ',')
format(float('nan'), '08.2f'), format(float('-inf'), '+'), format(-0.0, '.0f'), format(0.0, '+g')
format(1234.5, '010,.1f'), format(1234.5, '_^12.1f'), format(-1234.5, '=+12,.0f')
format(255, '#010b'), format(-255, '#x'), format(255, 'c'), format(65, '^5c')
format(1e100, ''), format(1e-100, ''), format(12345678901234567890.0, 'f')
round(-0.5), round(0.49999999999999994), round(2.675, 2), round(1.0000000000000002, 15)
int(1e20), int(-1.5), int(' +7 '), int('0x1F', 16), int('1F', 16), int('z', 36), int('  -0b11  ', 0)
int('12', 1)
int('12', 37)
float('nan') in [float('nan')], (lambda n: n in [n])(float('nan'))
complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-1.5e2-2J'), complex(1, -0.0)
complex('1+2 j')
abs(3+4j), (1+2j).conjugate(), (1j) ** 2, 1j ** 0.5, (-1) ** 0.5 == 1j
divmod(1+1j, 1)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(0, -1)
pow(0.0, -1)
pow(-8, 1/3).real.__round__(3), (-8) ** (1/3) == pow(-8, 1/3)
10 ** -2, 10 ** -400, 2 ** 1023 * 2.0
2.0 ** 1024
1 << 1000 >> 998, -(1 << 64) >> 63, (2**70) // (2**35), -(2**70) // 3, (2**70) % -7
(10**50 + 1) / 10**50, 10**400 // 10**399, 10**300 * 1.0
'''
for line in tests.strip().split('\n'):
    try:
        r = eval(line)
        print(line, '=>', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
