# str methods beyond the common ones.
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table))
print(str.maketrans({"a": "1", "b": None, ord("c"): "33"}))
print("abc".translate({97: None, 98: "BB", 99: 100}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError", e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0c\x1c\x1d\x1e\x85\u2028\u2029end"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines())
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), repr("\t".expandtabs(0)))
print("ab\n\tc\r\td".expandtabs(3))
print("Straße ǅ ﬁ ΣΑΣ".casefold(), "Straße".upper(), "ﬁ".upper(), "ΣΑΣ Σ".lower())
print("a=b=c".partition("="), "abc".partition("x"), "a=b=c".rpartition("="), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(6), "".zfill(2), "--".zfill(4))
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6, "-")), repr("a".center(4)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print("abc".ljust(5, "."), "abc".rjust(5, "."), "abcdef".ljust(2))
for s in ["abc", "_x1", "1abc", "ǅa", "a-b", "", "class", "π", "x²", "℘", "a\u0301"]:
    print(repr(s), s.isidentifier(), s.isalpha(), s.isalnum())
for s in ["123", "½", "²", "٣", "一", "1.5", "", "Ⅻ", "①", "  "]:
    print(repr(s), s.isnumeric(), s.isdigit(), s.isdecimal(), s.isspace())
print("Hello World".swapcase(), "hello world's".title(), "ǆ".title(), "aBc dEF".capitalize())
print("ßa".capitalize(), "ŉ".upper(), "İ".lower(), len("İ".lower()))
print("abcabc".count("bc"), "aaaa".count("aa"), "abc".count(""), "abc".count("", 1, 2))
print("hello".find("l", -2), "hello".rfind("l", 0, 3), "hello".index("lo"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "hello".rindex("z")
except ValueError as e:
    print("ValueError", e)
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  ".split(), " a b ".rsplit(None, 1))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print("xxhixx".strip("x"), "  hi\t\n".strip(), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("ab".join(["1", "2", "3"]), ",".join("xyz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2), "abc".startswith("", 5))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError", e)
print("é".encode("latin-1"), "é".encode("ascii", "replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("a\u00e9\u4e2d\U0001f600".encode("utf-8"), len("\U0001f600"))
print(ascii("héllo\n\U0001f600"), repr("\x00\x7f\x80\xff\u200b"))
print("abc" * 0, "ab" * -1, 3 * "ab")
print("Ab" < "a", "a" < "ab", max("abc", "abd", "ab"), sorted("bAcA"))
