# textwrap (fill, wrap, shorten, dedent, indent) and re (named groups, finditer, sub with callables, split, escape, errors).
import textwrap, re
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, 30))
print(textwrap.wrap('a' * 25 + ' b', 10), textwrap.shorten(text, 40), repr(textwrap.dedent('   x\n     y\n')), textwrap.indent('a\n\nb', '> '))
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'mail bob@example.com now'), re.findall(r'\d+', 'a1b22c333'), re.split(r'[,;]\s*', 'a, b;c'))
m = re.match(r'(?P<year>\d{4})-(?P<mon>\d\d)', '2024-05-01')
print(m.group(0), m['year'], m.groupdict(), m.span('mon'), m.groups(), m.lastgroup, m.start(2))
print(re.sub(r'\s+', ' ', '  many   spaces \n here ').strip(), re.fullmatch(r'[a-z]+', 'abc') is not None, re.search(r'^b', 'a\nb', re.M).start())
print(re.compile(r'(a)(b)?').match('a').groups(), re.compile(r'(a)(b)?').match('a').groups('-'), [m.group() for m in re.finditer(r'o.', 'foo boo')])
try: re.compile('(')
except re.error as e: print('re.error', e)
print(re.escape('a.b*c'), re.sub('a', lambda m: m.group().upper(), 'banana', count=2), re.subn('a', 'x', 'aaa'))
