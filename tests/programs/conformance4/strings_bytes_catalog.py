# Strings and bytes: split/partition/expandtabs/center/zfill/case/is*, translate, format/format_map, encode/decode, bytes methods and reprs
exprs = r'''
'a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), '  a  b  '.split(), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1), ''.split(), ''.split(','), 'abc'.split('', 1) if False else 0
'x'.split('')
'a\tb\nc\x0bd\x1ce\u2028f'.split()
'a\nb\r\nc\rd\x0ce\x1df\u2029'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines()
'abc'.partition('b'), 'abc'.partition('z'), 'abc'.rpartition('z'), 'aXbXc'.rpartition('X')
'a'.partition('')
'a\tbc\td\n\te'.expandtabs(), 'a\tb'.expandtabs(4), '\t'.expandtabs(0), 'ab\tc'.expandtabs(-1)
'abc'.center(8, '*'), 'abc'.center(2), 'ab'.center(5, '-'), 'abc'.ljust(6, '.'), 'abc'.rjust(6, '0')
'abc'.center(8, '**')
'42'.zfill(5), '-42'.zfill(5), '+x'.zfill(4), ''.zfill(3), 'abc'.zfill(1)
'ß'.casefold(), 'ß'.upper(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ΣΑΣ'.lower(), 'Σ'.lower()
'hello world'.title(), "they're bill's".title(), 'aBc'.swapcase(), 'abc def'.capitalize(), 'ABC'.capitalize(), 'ǅ'.title()
'abc'.isidentifier(), '1a'.isidentifier(), '_'.isidentifier(), 'é'.isidentifier(), 'a-b'.isidentifier(), ''.isidentifier(), 'class'.isidentifier()
'123'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '½'.isdigit(), ''.isdigit(), ' '.isspace(), ''.isspace(), 'Aa'.istitle(), 'A A'.istitle()
'abc'.isascii(), 'é'.isascii(), 'ABC'.isupper(), 'AB1'.isupper(), '1'.isupper(), 'ab\n'.isprintable(), ''.isprintable()
str.maketrans('abc', 'xyz'), 'abcabc'.translate(str.maketrans('abc', 'xyz', 'b')), 'hello'.translate({ord('l'): None, ord('h'): 'J'})
str.maketrans({'a': 1, 'b': None})
str.maketrans('ab', 'c')
str.maketrans({'ab': 1})
'abc'.translate({97: 1000})
'abc'.translate({97: 1.5})
'{0}{1}{0}'.format('a', 'b'), '{x.real}{y[1]}'.format(x=3, y=[5, 6]), '{:{w}.{p}f}'.format(3.14159, w=8, p=2), '{!r:>6}'.format('a'), '{{}}'.format()
'{} {}'.format(1)
'{0} {}'.format(1, 2)
'{a}'.format_map({'a': 5}), '{a[x]}'.format_map({'a': {'x': 1}})
'{a}'.format_map({})
'{0[0]}'.format('abc'), '{0[-1]}'.format({'-1': 'm'})
'{:d}'.format('a')
'{:s}'.format(1)
'{:,s}'.format('a')
'{!x}'.format(1)
'{'.format()
'}'.format()
'{0:}'.format(5), '{:}'.format('q'), '{:=10}'.format(-5), '{:^+10.3e}'.format(1234.5)
'é€😀'.encode(), 'é€😀'.encode('latin-1', 'replace'), 'é€'.encode('ascii', 'ignore'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'é€😀'.encode('ascii', 'backslashreplace'), 'é'.encode('utf-16-le')
'é€'.encode('ascii')
'é€'.encode('latin-1')
b'\xff\xfe'.decode('utf-8', 'replace'), b'\xff'.decode('latin-1'), b'a\xffb'.decode('ascii', 'ignore'), b'a\xe9'.decode('utf-8', 'backslashreplace')
b'a\xe9b'.decode()
b'\xed\xa0\x80'.decode()
'abc'.encode('rot13')
'abc'.encode('nope')
b'hello'.hex(), b'hello'.hex(':', 2), bytes.fromhex('de ad be ef'), bytearray(b'ab').hex('-')
bytes.fromhex('xyz')
bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytearray(range(3)), bytes(b'x' * 3), bytes.fromhex('')
bytes([256])
bytes('abc')
bytes(-1)
bytes(1.5)
repr(b'\x00\t\n\r\'"\\\x7f\x80'), repr(bytearray(b"it's")), repr(b'"\''), repr(b"'")
b'abc'[1], b'abc'[1:], b'abc'[::-1], list(b'hi'), b'a' in b'cat', 97 in b'cat', b'' in b'x'
300 in b'x'
'a' in b'x'
b'a b  c'.split(), b'a,b'.split(b','), b'abc'.replace(b'b', b'XX'), b'  x '.strip(), b'xxaxx'.strip(b'x'), b'abc'.upper(), b'Hello World'.swapcase(), b'abc'.center(7, b'*')
b'abc'.find(98), b'abc'.count(b''), b'abcabc'.rindex(b'b'), b'abc'.startswith((b'x', b'a')), b'a1'.isalnum(), b''.join([b'a', bytearray(b'b')])
b''.join([b'a', 'b'])
b'abc' + 'd'
ba = bytearray(b'abc'); ba.append(100); ba.extend(b'ef'); ba.insert(0, 65); ba.pop(); ba.remove(98); ba.reverse(); ba[0] = 122; ba[1:2] = b'XYZ'; del ba[-1]; ba
ba = bytearray(b'abc'); ba.append(256); ba
ba = bytearray(b'abc'); ba[0] = b'x'; ba
ba = bytearray(b'abc'); ba.remove(120); ba
bytearray(b'abc') == b'abc', b'abc' < b'abd', bytearray(b'x') + b'y', type(b'x' + bytearray(b'y')), b'ab' * 3, 3 * bytearray(b'-')
hash(b'abc') == hash(bytearray(b'abc'))
hash(bytearray(b'abc'))
b'%d items cost %.2f' % (3, 9.5), b'%s' % b'x', b'%c%c' % (65, b'B')
b'%s' % 'str'
'abc'[5:1:-1], 'abcdef'[::2], 'abcdef'[-2:], 'abc'[10:], 'abc'[-10:1], 'abcdef'[slice(1, None, 2)]
'abc'[3]
'abc'['1']
'abc' * -1, 'ab' * True, ''.join(reversed('abc')), 'a'.join('xyz'), ', '.join(map(str, range(3)))
'a' * 1.5
'x'.join([1, 2])
'abcabc'.find('c', 3), 'abc'.find('c', -1), 'abc'.index('b', 0, 2), 'abcabc'.rfind('a', 0, 3), 'aaa'.count('aa'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.count('', 1)
'abc'.index('z')
'abc'.rindex('z')
'hello'.startswith(('he', 'x')), 'hello'.endswith('lo', 0, 5), 'hello'.startswith('', 10), 'hello'.endswith(('o',), -1)
'hello'.startswith(['he'])
'  xyz  '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'www.ex.com'.removeprefix('www.'), 'a.py'.removesuffix('.py'), 'a'.removesuffix('')
ord('é'), chr(128512), ord(b'a'), ascii('é😀\n'), repr('\x00\u200b\U0001f600\ud800'), str(b'x'), repr('\\')
ord('ab')
chr(-1)
chr(0x110000)
'%s' % '\udc80'
'abc' < 'abd', 'a' < 'B', 'Z' < 'a', [1, 'a'] < [1, 'b'], ('a', 1) < ('a', 2)
'a' < 1
min('bca'), max('abc', key=lambda c: -ord(c)), sorted('hello'), sorted('bBaA', key=str.lower), sorted(['b', 'A', 'a', 'B'])
str.upper(1)
'abc'.encode(encoding='utf-8', errors='strict'), 'x'.split(sep=None, maxsplit=-1), 'a-b-c'.rsplit(sep='-', maxsplit=1)
'{:>{}}'.format('x', 4), '{:{}{}}'.format(1, '>', 5)
f"{'abc':{'>'}{10}}", f"{3.14159:.{2}f}", f"{'x'!r:^7}", f"{2**10=}", f"{'a' 'b'=!s}", f"{ 1 + 2 = }", f"{3.0=:.2f}"
f"{{}}{{{1}}}", f"{'{'}", f"{(lambda x: x*2)(3)}", f"{[1,2][0]}", f"{dict(a=1)['a']}", f"{'\\n' if False else 'n'}" if False else 0
f"{1!a}{'é'!a}{'q'!s}"
'''
for line in exprs.strip().splitlines():
    try:
        if ';' in line:
            *pre, last = line.split('; ')
            ns = {}
            exec('; '.join(pre), ns)
            r = eval(last, ns)
        else:
            r = eval(line)
        print(repr(r))
    except Exception as e:
        print(line[:50], '->', type(e).__name__, e)
