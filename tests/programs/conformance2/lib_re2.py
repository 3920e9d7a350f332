# re: groups, named groups, sub with functions, split, flags.
import re
m = re.match(r"(?P<key>\w+)=(?P<val>\d+)?", "width=")
print(m.group(0), m.group("key"), m.group(2), m.groups(), m.groups("none"), m.groupdict(), m.span(), m.span(2), m.start(1), m.end("key"))
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m, m[0], m[1], m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.expand(r"\2/\1"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(a)|b", "ab"))
print([m.group() for m in re.finditer(r"[aeiou]", "education")], [m.start() for m in re.finditer("", "ab")])
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub(r"x*", "-", "abc"), re.sub("a", "b", "aaa", count=2), re.subn(r"\s+", " ", "a  b   c"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi yo"))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"x*", "axbc"), re.split("(a)|b", "1a2b3"))
print(re.fullmatch(r"\d{3}", "123"), re.fullmatch(r"\d{3}", "1234"), re.match("a", "ba"), bool(re.search("a", "ba")))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.c", "a\nc", re.S), re.findall("HELLO", "hello", re.I), re.findall(r"a b # comment", "ab", re.X))
print(re.compile(r"\d", re.I | re.M).flags & (re.I | re.M) == re.I | re.M, re.I, repr(re.I | re.M))
pat = re.compile(r"(?i)(\w+)\s(\w+)")
print(pat.match("Hello World").groups(), pat.sub(r"\2 \1", "ab cd ef gh"), pat.groups, pat.groupindex, pat.pattern)
print(re.escape("a.b*c?[d]"), re.escape("hello world_1"), re.findall(r"\bcat\b", "cat concat cat."))
print(re.search(r"(?<=\$)\d+", "cost $42").group(), re.search(r"(?<!x)y", "xy ay").start(), re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"(?:ab)+", "ababab abab"), re.match(r"(a)(?:b)(c)", "abc").groups(), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaa"))
print(re.match(r"(\w+) \1", "hey hey").group(), re.sub(r"(.)\1+", r"\1", "aaabbbcc"), re.findall(r"[^\W\d_]+", "ab1_cd"))
print(re.match(r"(?P<a>x)(?P=a)", "xx").group(), re.sub("", "-", "ab"), re.findall(r"\s", "a\tb\nc d"))
for bad in [r"(", r"[a", r"a**", r"(?P<1>x)", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "error", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error", e)
m = re.match(r"(a)(b)?", "a")
print(m.group(1, 2), m.regs if hasattr(m, "regs") else None)
try:
    m.group(3)
except IndexError as e:
    print("IndexError", e)
print(re.findall(r"[\u00e9\w]+", "café naïve"), re.findall(r"\d", "٣4"), re.findall(r"(?a)\w+", "café"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.purge() is None)
tok = re.compile(r"\s*(?:(\d+)|(.))")
print([(n, op) for n, op in tok.findall("3 + 42 * (1)")])
print(re.match(r"\A\w+\Z", "abc\n"), re.match(r"^\w+$", "abc\n").group())
print(str(re.I), format(re.I), f"{re.I}", re.I + 0, re.I | 1, repr(re.I | 512), re.NOFLAG, repr(~re.I), re.A, re.U)
print(re.compile("a", re.I).flags, re.compile("(?s)a").flags, re.compile("a", re.A | re.M), format(re.I, "d"), re.I.name, re.I.value, (re.I | re.M).name)
print(re.I == 2, hash(re.I) == hash(2), isinstance(re.I, int), repr(re.I & re.M), repr(2 & re.I), repr(re.S ^ re.S), -re.I)
