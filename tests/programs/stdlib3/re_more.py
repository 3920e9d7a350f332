import re
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?', 'Jane Doe 42 xx')
print(m, m.group(0), m.group(1, 2), m.groups(), m.groupdict(), m.span(3), m.start('last'), m.end())
print(m['first'], m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
m2 = re.match(r'(a)(b)?', 'ac'); print(m2.groups(), m2.groups('-'), m2.span(2), m2.group(2))
print([mm.span() for mm in re.finditer(r'\d+', 'a1b22c333')], re.findall(r'(\w)(\d)', 'a1 b2 c'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\s+', ' a b '), re.split(r'x*', 'axbc'), re.split(',', 'a,b,c', maxsplit=1))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@x and al@y'), re.sub(r'(?P<n>\d)', r'<\g<n>\g<0>>', 'a1b2'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b7'), re.subn('a', 'b', 'aaa', count=2))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.search(r'^b', 'a\nb', re.M))
print(re.findall(r'a.c', 'a\nc abc', re.S), re.findall(r'(?i)ABC', 'abc AbC'), re.match(r'a b # comment', 'ab', re.X))
print(re.escape('a.b*c?d(e)[f]{g}|h^$ -#&~'), re.escape('ünï 1_2'))
for bad in ['(', 'a)', '[a', '*a', 'a{2,1}', '(?P<1>x)', r'\1', '(?P<n>a)(?P<n>b)', 'a**', '(?<=a+)b', r'\k']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e, '|', e.pos, e.msg)
p = re.compile(r'(\d+)-(\d+)', re.I)
print(p, p.flags & re.I, p.groups, p.groupindex, p.sub(r'\2-\1', '1-2 33-44'))
print(repr(re.compile('a', re.I | re.M)), re.compile(r'(?P<x>a)').groupindex)
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.search(r'(?<!x)y', 'xy zy').start())
print(re.findall(r'\bfoo\b', 'foo foobar (foo)'), re.findall(r'[^\W\d]+', 'ab12cd_e'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), m.expand(r'\g<last>, \1'))
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(e)
print(re.I, re.IGNORECASE | re.MULTILINE, repr(re.A), re.compile('x').pattern)
print(re.match(r'(a+)+$', 'aaaa').span(), re.search(r'a{2,}?', 'aaaa').group(), re.match(r'\w+', 'héllo').group())
print(re.split(r'\b', 'a b'), re.findall(r'(a)(b)?', 'ab a'), re.purge())
print(re.compile(r'\d').search('ab3', 1), re.compile(r'\d').match('3a', 1), re.compile('a').findall('aaa', 1, 2))
