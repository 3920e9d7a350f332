print("hello world".title(), "HELLO".lower(), "hello".capitalize(), "MiXed".swapcase())
print("  strip  ".strip(), "xxhixx".strip("x"), "..a..".lstrip("."), "..a..".rstrip("."))
print("42".isdigit(), "4.2".isdigit(), "abc".isalpha(), "abc1".isalnum(), "Title Case".istitle())
print("UPPER".isupper(), "lower".islower(), "".isalpha(), "   ".isspace(), "a b".isspace())
print("abc" * 3, "-" * 10, "a" in "abc", "abc" < "abd", "B" < "a", "apple" > "app")
print(ord("A"), chr(122), "abc"[::-1], "hello"[1:-1], "hello"[::2], "x".join("abc"))
print("{} {}".format(*"ab"), "%s=%d" % ("x", 5), "a,b".split(","), "tab\tx".expandtabs(4))
print("Hello"[0], "Hello"[-1], len(""), "".join([]), str(None), str(3.0), str([1, "a"]))
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
print(s.removeprefix("im"), s.removesuffix("able"), s.casefold(), "Straße".casefold())
