# re: match/search/fullmatch, groups and named groups, findall/finditer,
# sub with functions and backrefs, split, flags, lookarounds and errors.
import re

m = re.match(r'(\w+)@(\w+)\.com', 'ann@example.com rest')
print(m.group(), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(), m.string[:3], bool(re.match('x', 'yx')))
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'date: 2023-07-15')
print(m['year'], m.group('month'), m.groupdict(), m.span('year'), m.lastgroup, m.re.pattern)
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'x*', 'axxb'))
print([m.group() for m in re.finditer(r'[aeiou]', 'education')], [m.start() for m in re.finditer('ss', 'mississippi')])
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub('a', 'b', 'aaa', count=2), re.subn(r'\s+', ' ', 'a   b \t c'), re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b'), re.split(r'\s+', ' a b ', maxsplit=1), re.split('x*', 'axbc'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'a.c', 'a\nc abc', re.S), re.match('hello', 'HELLO', re.I).group())
print(re.findall(r'\w+(?=!)', 'hi! there yes!'), re.findall(r'(?<=\$)\d+', 'cost $30 or $45'), re.findall(r'\b\w{3}\b', 'the cat sat on a mat'))
print(re.findall(r'(a|b)+', 'abab cd ba'), re.findall(r'<.*?>', '<a><b>'), re.findall(r'<.*>', '<a><b>'), re.escape('a.b*c'))
pat = re.compile(r'(?x) (\d+) \s* ([a-z]+)  # number then word')
print(pat.findall('10 apples 3pears'), pat.pattern[:6], pat.flags & re.X != 0, pat.groups)
print(re.match(r'(\d+)?x', 'x').groups(), re.match(r'(\d+)?x', 'x').group(1), re.match(r'(a)(b)?', 'a').groups('default'))
for bad in ['(unclosed', '*bad', '[z-a]']:
    try:
        re.compile(bad)
    except re.error as e:
        print('re.error:', e)
print(re.sub(r'\\', '/', 'a\\b\\c'), re.match(r'\d{2,3}', '12345').group(), re.findall(r'[^\W\d_]+', 'ab1_cd é'))
