"""Generates tests/numstr/cases.json: operations on ints, floats, strings and
bytes with CPython 3.11's results (repr of the value, or "Type: message" of
the exception), for numstr.test.ts to replay against pvm's runtime.

Arguments are tagged so exact values survive JSON: {"i": "-0x7b"} int (hex, so huge values need no decimal conversion),
{"f": "0x1.8p+0"} float (float.hex), {"s": "text"} str, {"n": null} None,
{"t": [...]} tuple, {"b": "hex"} bytes, {"c": [re, im]} complex (float.hex parts).

Run: python3 tests/numstr/gen_cases.py   (fixed seed: the output is stable)
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'run with CPython 3.11'
rng = random.Random(20261125)
OUT = os.path.join(os.path.dirname(__file__), 'cases.json')
cases = []


def tag(v):
    if v is None:
        return {'n': None}
    if isinstance(v, bool):
        return {'i': hex(int(v))}
    if isinstance(v, int):
        return {'i': hex(v)}
    if isinstance(v, float):
        return {'f': v.hex()}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, bytes):
        return {'b': v.hex()}
    if isinstance(v, tuple):
        return {'t': [tag(x) for x in v]}
    if isinstance(v, complex):
        return {'c': [v.real.hex(), v.imag.hex()]}
    raise TypeError(type(v))


def add(op, fn, *args):
    try:
        r = fn(*args)
        expect = repr(r)
    except Exception as e:  # the expected outcome is the exception text
        expect = f'{type(e).__name__}: {e}'
    cases.append({'op': op, 'args': [tag(a) for a in args], 'expect': expect})


def rand_int():
    kind = rng.random()
    if kind < 0.3:
        return rng.randint(-20, 20)
    if kind < 0.6:
        return rng.randint(-2**31, 2**31)
    if kind < 0.8:
        return rng.randint(-2**60, 2**60)
    return rng.randint(-2**200, 2**200)


def rand_double():
    kind = rng.random()
    if kind < 0.4:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if kind < 0.7:
        return rng.uniform(-1000, 1000)
    if kind < 0.85:
        return round(rng.uniform(-100, 100), rng.randint(0, 4))
    return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1e16, 1e-5, 1e-4, 123456789012345678.0, 5e-324,
                       1.7976931348623157e308, math.inf, -math.inf, 0.1, 0.125, 2.675, 1e22, 1e21, 9.995])


# ---- int arithmetic ----
INT_OPS = {
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b, 'truediv': lambda a, b: a / b,
    'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'xor': lambda a, b: a ^ b,
    'divmod': divmod,
}
for _ in range(1500):
    a, b = rand_int(), rand_int()
    if rng.random() < 0.05:
        b = 0
    op = rng.choice(list(INT_OPS))
    add('int_' + op, INT_OPS[op], a, b)
for a, b in [(2**53 - 1, 3), (-(2**53 - 1), 3), (-(2**53 - 1), 10), (2**53, -7), (-7, 2), (7, -2), (0, -5), (-6, 3),
             (2**60 + 1, 3), (10**400, 10**399), (1, 3), (-1, 3), (2**1100, 3), (3, 2**1100), (-(2**63), -1)]:
    for op in INT_OPS:
        add('int_' + op, INT_OPS[op], a, b)
for _ in range(200):
    a = rand_int()
    b = rng.randint(-3, 70)
    add('int_pow', lambda x, y: x ** y, a, b)
    add('int_lshift', lambda x, y: x << y, a, rng.randint(-1, 100))
    add('int_rshift', lambda x, y: x >> y, a, rng.randint(-1, 100))
    m = rand_int()
    add('int_powmod', pow, a, rng.randint(-5, 1000), m)
for a in [0, 1, -1, 7, -7, 255, 2**53, -(2**53), 2**64 - 1, -(2**100)]:
    add('int_invert', lambda x: ~x, a)
    add('int_bit_length', lambda x: x.bit_length(), a)
    add('int_bit_count', lambda x: x.bit_count(), a)
    add('int_hash', hash, a)
    add('int_str', str, a)
    add('int_bin', bin, a)
    add('int_oct', oct, a)
    add('int_hex', hex, a)
for _ in range(100):
    add('int_hash', hash, rand_int() * 2**rng.randint(0, 100))
for a in [12345, 12350, 12250, -12350, 5, 15, -15, 25, 10**30 + 5 * 10**20, 0]:
    for n in [-1, -2, -3, -25, 0, 2]:
        add('int_round', round, a, n)
add('int_str', str, 10**4299)
add('int_str', str, -(10**4300))

# ---- int <-> float ----
for _ in range(300):
    a = rand_int()
    f = rand_double()
    add('int_cmp_float', lambda x, y: (x < y, x == y, x > y), a, f)
for a, f in [(2**53 + 1, float(2**53)), (2**53, float(2**53)), (10**400, math.inf), (-10**400, -math.inf),
             (2**64, 1.8446744073709552e19), (2**64 + 1, 1.8446744073709552e19), (3, 3.5), (-3, -3.5)]:
    add('int_cmp_float', lambda x, y: (x < y, x == y, x > y), a, f)
for _ in range(200):
    f = rand_double()
    add('int_from_float', int, f)
for a in [2**53 + 1, 2**54 + 3, 2**1023, 2**1024, -(2**1100), 12345678901234567890123]:
    add('int_to_float', float, a)

# ---- int(str, base) ----
INT_STRINGS = ['0', '-0', '+17', '  42\n', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0b', '0x_1',
               '0x__1', '010', '00', '0_0', ' 0b1 ', 'z', 'Z', '12a', '', ' ', '٣٤', '١٢', '+ 1', '--1', '9' * 30,
               '1' * 4301, '-' + '9' * 20, 'ff', 'FF', 'zz', '0xg', '1e5', '1.0', '\u00a012\u2003']
for s in INT_STRINGS:
    for base in [10, 0, 2, 8, 16, 36]:
        add('int_parse', int, s, base)
add('int_parse', int, '1', 1)
add('int_parse', int, '1', 37)

# ---- float repr, str and parsing ----
for _ in range(800):
    add('float_repr', repr, rand_double())
for x in [1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001234, 1.5e300, -0.0, 0.0, math.nan, 2.0**63, 1 / 3]:
    add('float_repr', repr, x)
FLOAT_STRINGS = ['1.5', ' -2.5e-3 ', '1_000.5', '1__0.5', '_1.0', '1._5', 'inf', '-Infinity', 'nan', '+NaN', 'infinit', '1e',
                 '.5', '5.', '.', 'e5', '1e500', '-1e-500', '0x10', '١٫٥', '١.٥', '1.5\n', 'x', '', '1.7976931348623159e308',
                 '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324']
for s in FLOAT_STRINGS:
    add('float_parse', float, s)

# ---- float arithmetic ----
FLOAT_OPS = {
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
    'divmod': divmod, 'pow': lambda a, b: a ** b,
}
for _ in range(800):
    a = rand_double()
    b = rand_double() if rng.random() < 0.8 else rng.choice([0.0, -0.0, 2.0, -1.0, 0.5, 3.0])
    op = rng.choice(list(FLOAT_OPS))
    add('float_' + op, FLOAT_OPS[op], a, b)
for a, b in [(0.0, -1.0), (-0.0, -1.0), (2.0, 10000.0), (-2.0, 1025.0), (-8.0, 1 / 3), (-1.0, math.inf), (1.0, math.nan),
             (math.nan, 0.0), (-7.5, 2.0), (7.5, -2.0), (-0.0, 5.0), (0.0, -5.0), (-7.5, 0.5), (1e308, 10.0),
             (2.0, -1075.0), (math.inf, -1.0), (-math.inf, 3.0), (-math.inf, 2.0), (0.0, 0.0)]:
    for op in FLOAT_OPS:
        add('float_' + op, FLOAT_OPS[op], a, b)

# ---- round ----
for _ in range(300):
    x = rand_double()
    add('float_round', round, x, rng.randint(-5, 12))
    add('float_round0', round, x)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e300, 1.7976931348623157e308, 5e-324, 123.456, math.nan, math.inf]:
    for n in [None, 0, 1, 2, -1, -2, -308, -309, 323, 400]:
        add('float_round', round, x, n)

# ---- float hash, hex, ratio ----
for _ in range(200):
    x = rand_double()
    if not math.isnan(x):  # NaN hashes by identity in 3.11
        add('float_hash', hash, x)
    add('float_hex', float.hex, x)
    add('float_ratio', float.as_integer_ratio, x)
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1074', '0x1.fffffffffffffp1023', '0x1p1024', 'inf', '1', '0x.8', 'zz', '0x1.8p', ' 0x10 ']:
    add('float_fromhex', float.fromhex, s)

# ---- format specs ----
INT_SPECS = ['', 'd', '5d', '<5', '>5', '^6', '=+8', '+d', ' d', '-d', ',', '_', '_x', '_b', ',d', '08', '08,', '010,d', '#x',
             '#X', '#o', '#b', '08b', 'x', 'X', 'o', 'c', 'n', 'e', '.2e', 'f', '.3f', 'g', '%', '.1%', '#10x', '*^10', 'z',
             '.2', ',x', ',_', '#c', '+c', 's', '05c', 'x<10', '0=10,', '=10']
for v in [0, 5, -5, 1234567, -1234567, 255, 65, 2**70, -(2**70), 10**25]:
    for spec in INT_SPECS:
        add('format_int', format, v, spec)
FLOAT_SPECS = ['', 'f', '.0f', '.2f', '.10f', 'e', '.0e', '.3E', 'g', '.3g', '.10g', 'G', '#g', '#.3g', '%', '.1%', 'n', '.3',
               '10.2f', '<10.2f', '^12.3e', '+.2f', ' f', 'z.1f', 'z', ',.2f', '_.3f', '012.3f', '0=12,.2f', '#.0f', '.0',
               ',', 'F', '.150f', '.30e', '.25g', 'x', 'd', '.', ',_', '#', '=+15.4e']
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1e16, 1e-5, 123456.789, -0.0004, 1e300, 5e-324, math.inf, -math.inf, math.nan, 9.995, 0.125, 1234567.0]:
    for spec in FLOAT_SPECS:
        add('format_float', format, v, spec)
for _ in range(200):
    add('format_float', format, rand_double(), rng.choice(FLOAT_SPECS))
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.3s', '=10', '+', '#', 'd', ',', 'z', '0', '05', 'x^3']
for v in ['abc', '', 'héllo', '😀x']:
    for spec in STR_SPECS:
        add('format_str', format, v, spec)

# ---- complex ----
ZS = [3+4j, -1.5-2j, 2j, -0j, complex(-0.0, 1), complex(-0.0, -0.0), 1e20+1e-5j, complex(math.inf, math.nan), 0.1+0.2j, 1e-7-1e16j]
for z in ZS:
    add('complex_repr', repr, z)
    for spec in ['', '.2f', '10', '<20', '^20.3e', '+', 'g', '.3', ',.1f', '*>25', 'z.1f', '#g', 'E', '05', '=10', 'd']:
        add('format_complex', format, z, spec)
    for w in [1+1j, -2.5j, 0j, 3+0j]:
        for op, fn in [('add', lambda a, b: a + b), ('sub', lambda a, b: a - b), ('mul', lambda a, b: a * b), ('truediv', lambda a, b: a / b), ('pow', lambda a, b: a ** b)]:
            # A non-real exponent goes through libm's exp/log/sin/cos, whose last bits differ from V8's.
            if op != 'pow' or w.imag == 0 or w == 1+1j:
                add('complex_' + op, fn, z, w)
    add('complex_abs', abs, z)
    if not math.isnan(z.real) and not math.isnan(z.imag):  # NaN hashes by identity in 3.11
        add('complex_hash', hash, z)
for s in ['1+2j', '(1+2j)', ' 3-4.5j ', 'j', '-j', '+1.5e3J', 'inf+nanj', '1+', '1 + 2j', '()', '2', '-2.5', 'nanj', '1e5j']:
    add('complex_parse', complex, s)

# ---- str.format ----
FMT = [('{} {}', (1, 2)), ('{0}{1}{0}', ('a', 'b')), ('{:>{}}', ('x', 5)), ('{0:{1}}', (3.14159, '.2f')), ('{{}} {}', (1,)),
       ('{!r:>6}', ('a',)), ('{!a}', ('é',)), ('{!s}', (1.5,)), ('{} {1}', (1, 2)), ('{1} {}', (1, 2)), ('{', ()), ('}', ()),
       ('{0', (1,)), ('{2}', (1,)), ('{}', ()), ('{!x}', (1,)), ('{!}', (1,)), ('{:{:{}}}', (1, 2, 3)), ('a{{b}}c', ()),
       ('{0[0]}', ((5, 6),)), ('{0[1]}', ('xyz',)), ('{0.real}', (3,)), ('{0.}', (3,)), ('{0[}', (3,)), ('{:=^+9.2f}', (2.5,))]
for f, args in FMT:
    add('str_format', lambda f, a: f.format(*a), f, args)

# ---- %-formatting ----
PCT = [('%s', ('x',)), ('%5s|%-5s|', ('a', 'b')), ('%d %i %u', (1, -2, 3)), ('%x %X %o', (255, 255, 8)), ('%#x %#X %#o', (255, 255, 8)),
       ('%05d', (42,)), ('%+d % d', (5, 5)), ('%-6d|', (7,)), ('%.3d', (5,)), ('%e', (12345.678,)), ('%.2E', (0.000123,)),
       ('%f %F', (1.5, 2.25)), ('%g %G', (1e-5, 1e20)), ('%#g', (1.0,)), ('%10.4f', (3.14159265,)), ('%-10.1e|', (-2.5,)),
       ('%c%c', (65, 'b')), ('%r', ('q',)), ('%a', ('é',)), ('%%', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', (1,)),
       ('%', (1,)), ('%d', ('x',)), ('%x', (1.5,)), ('%f', ('x',)), ('%c', ('ab',)), ('%c', (0x110000,)), ('%*d', (5, 3)),
       ('%-*d|', (5, 3)), ('%.*f', (2, 3.14159)), ('%*d', ('x', 1)), ('%d', (3.9,)), ('%x', (-255,)), ('%05x', (-3,)),
       ('%#05x', (-3,)), ('%.0f', (2.5,)), ('%.0f', (3.5,)), ('%05f', (math.inf,)), ('%.150f', (0.1,)), ('%5.1f%%', (99.5,)),
       ('%.2s', ('abc',)), ('%(x)', ()), ('%s', ((1, 2),))]
for f, args in PCT:
    add('percent', lambda f, a: f % a, f, args)

# ---- str methods ----
WORDS = ['', 'a', 'abc', 'Hello World', '  spaced  out  ', 'a,b,,c', 'line1\nline2\r\nline3\rline4\x0bx\x1cy\u2028z\n',
         'ß straße', 'ǆemal ǈ', 'ΑΣ ΌΣΟΣ', 'İstanbul', 'ﬁne', '\tx\ty', 'Ⅻ ² ٣ ½', 'x😀y', 'MiXeD CaSe 123', 'the quick brown fox',
         'aaaa', 'hello_world9', '9lives', 'ünïcödé', '\u00a0nbsp\u3000', 'Title Case Text', "they're bill's", 'ABC', 'abc123', '12', '१२३']
for w in WORDS:
    for m in ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha', 'isascii', 'isdecimal',
              'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'split', 'splitlines',
              'strip', 'lstrip', 'rstrip', 'expandtabs']:
        add('str_' + m, lambda s, m=m: getattr(s, m)(), w)
    add('str_repr', repr, w)
    add('str_ascii', ascii, w)
    add('str_len', len, w)
    add('str_splitlines_keep', lambda s: s.splitlines(True), w)
    for width in [0, 5, 12]:
        add('str_center', lambda s, n: s.center(n, '*'), w, width)
        add('str_ljust', lambda s, n: s.ljust(n), w, width)
        add('str_rjust', lambda s, n: s.rjust(n, '.'), w, width)
        add('str_zfill', lambda s, n: s.zfill(n), w, width)
SEARCH = [('abcabc', 'b', None, None), ('abcabc', 'b', 2, None), ('abcabc', 'b', -2, None), ('abcabc', '', 6, None), ('abcabc', '', 7, None),
          ('abcabc', 'c', 0, -1), ('x😀y😀', '😀', 2, None), ('x😀y😀', 'y', None, None), ('aaa', 'aa', None, None), ('', '', None, None),
          ('abc', 'z', None, None), ('abc', 'abcd', None, None), ('abc', '', 4, 2)]
for s, sub, start, end in SEARCH:
    for m in ['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith']:
        add('str_' + m, lambda s, sub, a, b, m=m: getattr(s, m)(sub, a, b), s, sub, start, end)
SPLIT = [('a b  c', None, -1), ('a b  c', ' ', -1), ('a b  c', None, 1), ('  a b c  ', None, 1), ('a,b,c', ',', 1), ('a,b,c', ',', 0),
         ('abc', '', -1), ('a\u3000b\x1cc\x85d', None, -1), ('a--b--c', '--', -1), ('', None, -1), ('', ',', -1)]
for s, sep, n in SPLIT:
    add('str_split', lambda s, sep, n: s.split(sep, n), s, sep, n)
    add('str_rsplit', lambda s, sep, n: s.rsplit(sep, n), s, sep, n)
for s, old, new, n in [('aaa', 'a', 'b', -1), ('aaa', 'a', 'b', 2), ('abc', '', '-', -1), ('abc', '', '-', 2), ('abc', 'x', 'y', -1), ('', '', 'x', -1), ('x😀x', 'x', 'yy', -1)]:
    add('str_replace', lambda s, o, r, n: s.replace(o, r, n), s, old, new, n)
for s, sep in [('a=b=c', '='), ('abc', 'x'), ('abc', '')]:
    add('str_partition', str.partition, s, sep)
    add('str_rpartition', str.rpartition, s, sep)
for s, chars in [('xxhixx', 'x'), ('abcba', 'ab'), ('  hi  ', None), ('😀hi😀', '😀'), ('hi', '')]:
    add('str_strip_chars', lambda s, c: (s.strip(c), s.lstrip(c), s.rstrip(c)), s, chars)
for s, p in [('prefix_x', 'prefix_'), ('x', 'y'), ('abc', '')]:
    add('str_removeprefix', str.removeprefix, s, p)
    add('str_removesuffix', str.removesuffix, s, p)
for a, b in [('a', 'b'), ('\uffff', '😀'), ('😀', '\ue000'), ('ab', 'abc'), ('', 'a'), ('Z', 'a')]:
    add('str_lt', lambda x, y: x < y, a, b)
for s, n in [('ab', 3), ('ab', 0), ('ab', -1)]:
    add('str_mul', lambda s, n: s * n, s, n)
for s, enc, err in [('héllo', 'utf-8', 'strict'), ('héllo', 'ascii', 'strict'), ('héllo', 'ascii', 'ignore'), ('héllo', 'ascii', 'replace'),
                    ('h€', 'latin-1', 'strict'), ('h€', 'latin-1', 'xmlcharrefreplace'), ('h€😀', 'ascii', 'backslashreplace'), ('x', 'nope', 'strict'),
                    ('😀', 'utf-8', 'strict'), ('x', 'UTF8', 'strict'), ('é', 'Latin1', 'strict')]:
    add('str_encode', str.encode, s, enc, err)
for cp in [0, 65, 0xe9, 0x10ffff, 0x110000, -1]:
    add('chr', chr, cp)
for s in ['a', '😀', '', 'ab']:
    add('ord', ord, s)

# ---- bytes ----
for data, enc, err in [(b'abc', 'utf-8', 'strict'), (b'\xff', 'utf-8', 'strict'), (b'a\xc3', 'utf-8', 'strict'), (b'\xc3a', 'utf-8', 'strict'),
                       (b'\xed\xa0\x80', 'utf-8', 'strict'), (b'\xf0\x90\x80', 'utf-8', 'strict'), (b'\xf0\x90\x80a', 'utf-8', 'strict'),
                       (b'\xe0\x80', 'utf-8', 'strict'), (b'\xe9', 'ascii', 'strict'), (b'\xff\xfe', 'utf-8', 'replace'),
                       (b'ab\xf0\x90', 'utf-8', 'replace'), (b'\xff', 'utf-8', 'backslashreplace'), (b'\x80abc', 'utf-8', 'surrogateescape'),
                       (b'a\xffb', 'utf-8', 'ignore'), (b'\xe9t\xe9', 'latin-1', 'strict'), (b'\xc3\xa9\xf0\x9f\x98\x80', 'utf-8', 'strict')]:
    add('bytes_decode', bytes.decode, data, enc, err)
for data in [b'', b'abc', b"it's", b'"q"', b'\'"', b'\x00\x7f\x80\xff\\\t\n\r']:
    add('bytes_repr', repr, data)
for s in ['0102ff', '01 02', ' 0a0B ', '0g', '1', 'zz']:
    add('bytes_fromhex', bytes.fromhex, s)
for data, sep, n in [(b'abc', '', 1), (b'abcdef', ':', 2), (b'abcde', '-', -2), (b'', ':', 1)]:
    add('bytes_hex', lambda d, s, n: d.hex(s, n) if s else d.hex(), data, sep, n)

with open(OUT, 'w') as f:
    # One case per line keeps diffs of regenerated expectations readable.
    f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(f'{len(cases)} cases written to {OUT}')
