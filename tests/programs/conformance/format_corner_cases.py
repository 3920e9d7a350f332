# Formatting corner cases: repr/str of floats and ints, format specs,
# %-formatting, bytes, and case mapping, each expression evaluated and printed.
tests = r'''
repr(1e16)
repr(-1e-16)
str(2**63)
'%.3s' % 'abcdef'
'{:=^10}'.format('x')
'{:#.3g}'.format(1.0)
'{:.0e}'.format(12345)
format(1234.5678, ',.2f')
format(-0.0, '.1f')
format(1e100, 'f')[:20]
format(123, '+#x')
round(2.5), round(3.5), round(-2.5)
round(0.125, 2), round(0.375, 2)
int('٣')
float('١.٥')
str(b'abc')
repr(b"it's")
repr(bytearray(b'x'))
bytes('abc', 'ascii')
b'abc'.hex(':')
bytes.fromhex('de ad')
b'a,b'.split(b',')
list(b'ab')
b'%d' % 5
'abc'.encode('utf-16') if False else 1
[1,2,3].index(2)
[1,2,3].index(5)
(1,2).count(1)
list.__name__
[].pop()
{}.fromkeys([1,2])
x = [1]; x += (2,); x
x = (1,); x += [2]
'a' < 'B'
[1, 2] < [1, 2, 0]
(1, 'a') < (1, 2)
None < 1
1 == 1.0 == True
0.1 + 0.2 == 0.3
divmod(-7.5, 2)
complex(1, 2) * 1j
abs(3+4j)
(1+2j).conjugate()
complex('1+2j')
str(1j), repr(-0j), repr(complex(-0.0, -0.0))
pow(2, 0.5j) if False else 1
2 ** 0.5
(-8) ** (1/3)
10 ** -2
7 // 0.0
0.0 ** -1
int.from_bytes(b'\xff\xff', 'big', signed=True)
(1024).to_bytes(2, 'little')
(-1).to_bytes(1, 'big')
hash(-1), hash(-2)
hash(2**61 - 1), hash(2**61)
hash(1.5), hash(0.1)
hash((1, 2))
hash('') 
hash(None) == hash(None)
len(hex(hash('abc'))) > 2
sorted([3, 1, 2], reverse=True)
list(range(5, 0, -2))
range(3) == range(0, 3, 1)
range(0) == range(5, 5)
repr(range(1, 10, 2))
min('hello'), max([1, 3], [2])
sum([1.5, 2.5], start=1)
any(x for x in [])
str(list(map(str, [1, 2])))
chr(0x110000)
ord('ab')
'abc'[::-1]
'x'.join('abc')
'a b'.title()
"don't".title()
'ß'.upper()
'ǈ'.lower()
'İ'.lower()
len('İ'.lower())
'ﬁ'.upper()
'Σ'.lower(), 'ΑΣ'.lower()
'\u00e9' == 'e\u0301'
'abc'.zfill(6)
'%-6s|' % 'ab'
'{0!r:>10}'.format('a')
'%5.1f%%' % 99.5
'{}'.format(None)
'{:d}'.format(True)
'{:f}'.format(True)
'{:s}'.format('x')
'{:>5}'.format(None)
str(True), repr(False)
True + 1.5
int(' -5 ')
int('+5')
int('0_1')
int('1_')
float('1_000.5')
float('0x10')
int(1e300)
int(-0.0)
float(10**400)
10**400 / 1
10**400 // 1.0
1 / 10**400
(10**400) * 1.0
'%d' % 10**30
'%e' % 10**30
'%.2f' % 2.675
'%s' % 1e16
str(1e15), str(1e16), str(123456789.123456789)
str(1/3), str(2/3), str(10/3)
f'{1e-5}', f'{1e-4}', f'{0.0001:g}', f'{1e-5:g}'
f'{123456789:e}'
f'{0.5:%}'
f'{12345.6789:.3}'
f'{12345.6789:.10}'
f'{1.0:.0f}', f'{0.5:.0f}', f'{1.5:.0f}', f'{2.5:.0f}'
f'{float("nan"):>6}', f'{float("inf"):+}'
f'{-1:05}', f'{-1.5:07.2f}'
f'{3:^5}|', f'{3.0:^7}|'
f'{"abc":^6}|'
f'{12:n}', f'{1234567.891:n}'
f'{1:{""}}'
'{:,}'.format(1234.5)
'{:_x}'.format(0xdeadbeef)
'{:,d}'.format(-1234567)
'{:08,}'.format(1234)
'{:.2%}'.format(0.12345)
'{:g}'.format(1e-10), '{:g}'.format(123456789)
'{:.15g}'.format(0.1), '{:.17g}'.format(0.1)
'{:e}'.format(0)
'{:10.3e}|'.format(-12345.678)
'{:G}'.format(1e-20), '{:E}'.format(1.5)
'{:c}'.format(97)
'{:o}'.format(-8)
'{:#b}'.format(-5)
'{0:{1}{2}}'.format(5, '>', 4)
'{:=+8.2f}'.format(3.14159)
'{!s:.2}'.format(1234)
'{:x<4d}'.format(7)
'{:.3s}'.format('abcdef')
'{:>{}}'.format('a', 3)
'{0}{0}'.format('ab')
'{}{}'.format(*'ab')
'{[0]}'.format('xy')
'{0[a]}'.format({'a': 1})
'{0.__class__.__name__}'.format(1)
'{:5}'.format(True)
'{:}'.format(1.0)
'{}'.format(1e16)
'{:.1f}'.format(0.05), '{:.1f}'.format(0.15), '{:.1f}'.format(0.25)
'{:.2f}'.format(1.005)
'{:.0%}'.format(0.5)
'{:.3}'.format(1.0)
'{:.3}'.format(100.0)
'{:.3}'.format(1234.0)
'{:#x}'.format(255).upper()
'{:+}'.format(0.0), '{:+}'.format(-0.0)
'{: }'.format(5)
'{:\x00<3}'.format(1)
'{:%Y}'.format(1) 
'''
for line in tests.strip().split('\n'):
    try:
        if ';' in line or line.startswith('x ='):
            ns = {}
            parts = line.split(';')
            for p in parts[:-1]:
                exec(p.strip(), ns)
            r = eval(parts[-1].strip(), ns) if not parts[-1].strip().startswith('x +=') else exec(parts[-1].strip(), ns)
        else:
            r = eval(line)
        print(line, '->', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
