s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
t = "hello world python"
print(t.upper(), t.title(), t.capitalize(), t.swapcase(), "ÄbC".casefold())
print(t.split(), t.split(" ", 1), t.rsplit(" ", 1), "a,,b,".split(","), "a b\n c\t".split())
print(t.find("o"), t.rfind("o"), t.find("z"), t.index("world"), t.count("o"), t.count(""))
print(t.replace("o", "0"), t.replace("o", "0", 1), t.startswith("he"), t.endswith(("x", "on")))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ",".join(map(str, range(5))))
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(6))
print("a1".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab Cd".istitle(), "abc".islower())
print("x".join("abc"), "line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "tab\there".expandtabs(4))
print("%s" % "abc".encode(), "MiXeD".lower(), "ß".upper(), "ǅ".lower())
try:
    t.index("z")
except ValueError as e:
    print(e)
