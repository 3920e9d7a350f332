s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[1:8:3], s[8:1:-2])
print(s[100:], s[-100:2], s[5:2], repr(s[3:3]))
u = "héllo wörld ☃ 😀!"
print(len(u), u[13], u[-2], u[::-1], u.upper())
print([c for c in "a😀b"], len("😀"), "😀" * 3, ord("😀"), chr(128512), chr(233))
print(ord("A"), chr(97), "é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), "😀".encode())
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = "z"
except TypeError as e:
    print(e)
print("abc" < "abd", "Z" < "a", "abc" < "ab", "é" > "z", sorted(["b", "A", "a", "B", "é"]))
print("abc" * 3, 3 * "ab", "" * 5, "-" * 0, "ab" in "cabd", "x" not in "abc")
