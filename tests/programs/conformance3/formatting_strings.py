# Format mini-language, f-string forms, % formatting and str methods' corners.
vals = [0, 7, -42, 1234567, 2**64, 3.14159, -0.0, 1e-7, 1.5e300, float("inf"), float("nan"), True, 1+2j]
specs = ["", "5", "<6", ">6", "^7", "*^9", "+", " ", "08", ",", "_", ".3", ".0f", "e", ".2E", "g", ".3g", "%", "x", "#X", "#o", "#b", "n", "c", "=+10", "010.2f", "_x", ",.1f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(repr(v), row)

for s in ["", "10", "<10", "^10", ".2", "x^9.3", "s", "d", "r"]:
    try:
        print(repr(s), repr(format("hello", s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

name, n, f = "pvm", 42, 2.5
print(f"{name!r:>8}|{n:#06x}|{f:+.3e}|{n=}|{f = :.1f}|{name.upper()=!s:^9}|{{literal}}|{'nested'!a}")
width, prec = 10, 3
print(f"{f:{width}.{prec}f}|{n:{'>' if n else '<'}{width}}|{[1, 2][0]}|{ {'a': 1}['a'] }|{(lambda: 'l')()}")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789:g} {0.0001234:.2g} {100:.2g} {9.999:.3g}")
print(f"{-1:05d} {-1.5:07.2f} {1e6:,.0f} {1234.5678:_.2f} {0.125:.2%} {1/3:.15f}")
print("{0}{1}{0}".format("a", "b"), "{name}-{0}".format(1, name="n"), "{0[1]}{1[k]}{2.real}".format([5, 6], {"k": 7}, 8))
print("{:>{w}}|{:{f}^{w}}".format("r", "c", w=5, f="*"), "{!r:>6}".format("q"), "%s" % "{}".format(()))
print("%d %i %o %x %X %e %f %g %c %r %s %%" % (1, 2, 8, 255, 255, 1.5, 2.5, 3.5, 65, "r", "s"))
print("%5s|%-5s|%05d|%+d|% d|%.2s|%*d|%-*d|%#x|%#o" % ("a", "b", 42, 5, 5, "xyz", 4, 7, 4, 7, 255, 8))
print("%(a)s %(b)05.1f" % {"a": "A", "b": 2.25}, "%c" % "z", "%s %s" % (1, [2]), "%.3r" % "abcdef")
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", 300000000)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

s = "  Hello, World! Hello!  "
print(s.strip(), s.lstrip(" H"), s.rstrip("! "), s.split(), s.split("l", 2), s.rsplit("l", 2), s.partition("o"), s.rpartition("o"))
print(s.count("l"), s.count("l", 5, 12), s.find("o", 8), s.rfind("Hello"), s.index("W"), s.replace("Hello", "Bye", 1), s.title(), s.swapcase())
print("a,b,,c".split(","), "a b  c".split(" "), "".split(","), "".split(), "  ".split(" "), "a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True))
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("Hello World".casefold(), "ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode(), "straße".casefold())
print("a1".isalnum(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "Ab".istitle(), " \t".isspace(), "".isspace(), "_a1".isidentifier(), "1a".isidentifier(), "abc".isascii(), "é".isascii(), "\x1f".isprintable())
print("tab\there".expandtabs(4), "x\ty\tz".expandtabs(), "abc".translate({97: "A", 98: None}), str.maketrans("ab", "xy"), "hello".translate(str.maketrans("el", "ip", "o")))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc"[::-1], "abcdef"[1:5:2], "abc" * 0, -1 * "x")
print(",".join(["a", "b"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(3))), "ab" < "b", "a" < "ab", "Z" < "a", "é" > "z")
print(str(), str(b"bytes"), str(b"bytes", "ascii"), str(bytearray(b"ba"), encoding="latin-1"), repr(str(1.0)), "%s" % None)
