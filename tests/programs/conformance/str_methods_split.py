# split, rsplit, splitlines, partition, join and strip with their corner cases.
cases = ['a,b,,c', ',a,', '', '  a  b\tc\n', 'a b c d e']
for s in cases:
    print(repr(s), s.split(','), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(',', 1), s.rsplit(',', 1))
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h'.splitlines())
print('a\nb\r\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('key=value=x'.partition('='), 'key'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('  xx  '.strip(), '..a..'.strip('.'), 'abcba'.strip('ab'), '  x'.lstrip(), 'x  '.rstrip(), 'xyz'.strip(''))
print('www.example.com'.removeprefix('www.'), 'file.txt'.removesuffix('.txt'), 'abc'.removeprefix('x'))
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), repr('\t'.expandtabs(0)))
print('abc'.center(9, '*'), 'abc'.ljust(6, '-'), 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.center(2))
print('hello'.count('l'), 'aaaa'.count('aa'), 'abc'.count(''), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'))
try:
    'hello'.index('z')
except ValueError as e:
    print('ValueError:', e)
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'abc'.replace('', '-'), 'aaa'.replace('a', 'b', 0))
print('hello'.startswith(('x', 'he')), 'hello'.endswith('lo', 0, 5), 'hello'.startswith('l', 2), 'hello'.endswith(''))
