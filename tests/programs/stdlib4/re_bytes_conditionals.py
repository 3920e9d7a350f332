import re
p = re.compile(rb"(\w+)=(\d+)")
data = b"alpha=1 beta=22 gamma=x \xe9t\xe9=5"
print(p, p.flags, p.pattern, p.groups)
print(p.findall(data), p.search(data), p.match(data).groups(), p.match(data)[1], p.fullmatch(b"k=1"))
print(p.sub(rb"\2:\1", data), p.subn(lambda m: m.group(1).upper(), data), re.split(rb"\s+", data))
print([m.span() for m in p.finditer(bytearray(data))], re.search(rb"(?i)ALPHA", data), re.escape(b"a.b*c"))
print(re.sub(rb"[aeiou]", b"", b"education"), re.findall(rb"\d", b"a1b2"), re.findall(rb"(a)|(b)", b"ab"))
for bad in [lambda: p.search("str"), lambda: re.search("x", b"x"), lambda: p.sub("s", data), lambda: re.compile(b"x", re.U), lambda: re.compile("x", re.L), lambda: re.compile("x", re.A | re.U), lambda: p.sub(lambda m: "s", data), lambda: re.compile(5)]:
    try: print(bad())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(re.match(rb".", b"\n"), re.match(rb"\xe9", data[-5:]), re.compile(rb"a", re.I | re.M))
print(re.compile("abc").flags, re.compile(b"abc").flags, re.compile(b"(?i)x").flags, re.compile(b"x", re.A).flags)
import re
for p in ['(?(1)a|b)', '(a)?(?(1)b|c)', '(?P<x>a)?(?(x)b|c)d', '(a)(?(1)b|c|d)', '(a)(?(2)b)', '(a)(?(x)b)', '(a)(?(1x)b)', '(a)(?(1', '(a)(?(1)b', '(a)(?(0)b)', '(?(1)a)(b)', '(a)?(?(1)b)', r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)']:
    try: r=re.compile(p); print(p, [bool(r.fullmatch(t)) for t in ['ab','c','b','abd','cd','a','', '<user@host.com>', 'user@host.com', '<user@host.com']])
    except re.error as e: print(p, e)
import re
for p in [r'\N', r'\N{', r'\N{}', r'\N{abc', r'[\N{LATIN SMALL LETTER B}]', r'\N{latin small letter a}', r'x\N{NOPE}', r'\N{EURO SIGN}\d', '(?<a>x)', '(?<', rb'\N{X}']:
    try: print(p, re.compile(p).search('ab €5' if isinstance(p, str) else b'ab'))
    except re.error as e: print(p, e)
import re
pats = ["(?>a+)b", "a++b", "a*+a", "(?>ab|a)c", "x{2,}+y", r"(?<=\d{3})x", r"(?<!ab)c", r"(?<=a|bc)d", "a{3", "(a", "a)", "[a-", "*a", "a**", r"\1(a)", "(?P<n>a)(?P<n>b)", "(?P<1>a)", r"(?<=a+)b", "[z-a]", r"\p", "(?i)a(?i)b", "a(?i)b", "(?x) a b # c", r"\d+(?#comment)x", "(?P=missing)", "(?", "a{2,1}", r"(?(1)a|b)", r"(a)(?(1)b|c)", "a|*", r"\N{LATIN SMALL LETTER A}", r"\N{NOPE}", "(?u)(?a)x", "(?L)x", r"\x1", r"\u12", "[]", "[^]", "(?<a>x)"]
for p in pats:
    try:
        c = re.compile(p)
        tests = ["aaab", "aab", "aaa", "abc", "xxxy", "123x", "abc bcd", "AB", "ab", "a", "c"]
        print(repr(p), [bool(c.search(t)) for t in tests], c.groups)
    except re.error as e:
        print(repr(p), "error:", e, "| pos", e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@site.com, ann@web.com"))
print(re.sub(r"(?P<w>\w+)", lambda m: m["w"].upper(), "hi there"), re.subn("a", "b", "aaa", count=2))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"\b", "ab cd"), re.findall(r"(\d)(\w)?", "1a2 3"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)(-(?P<d>\d\d))?", "2024-05")
print(m.groupdict(), m.groupdict("x"), m.span("m"), m.group(0, 1), m.lastindex, m.lastgroup, m.regs if hasattr(m, 'regs') else '', repr(m))
print(re.fullmatch(r"a|ab", "ab"), re.escape("a.b*c?{}"), re.compile("x", re.I | re.M), re.I | re.S)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e: print(e)
try:
    re.sub("a", "\\", "a")
except re.error as e: print(e)
print(list(re.finditer(r"\d+", "a1b22c333")), re.search("(?s)a.b", "a\nb"), re.findall(r"(?m)^\w", "ab\ncd"))
print(re.compile(r"(?x) \d+  # digits").pattern, re.compile("abc").flags, re.compile(b"abc").flags, re.purge())
print(re.sub(r"\s+", " ", "  a   b  "), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("-"))
