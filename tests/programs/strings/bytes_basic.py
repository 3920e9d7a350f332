b = b"hello world"
print(b, b[0], b[1:5], b[::-1], len(b), b.upper(), b.split(), b.replace(b"o", b"0"))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"xy")
print(ba, bytes(ba), len(ba), ba.pop(), ba)
print(b"a" + b"b", b"ab" * 2, b"b" in b"abc", 98 in b"abc", list(b"hi"), b"x".join([b"1", b"2"]))
print(b"abc".decode(), b"%d" % 5, b"ABC".lower(), b" x ".strip(), b"a,b".split(b","), b"abc".find(b"c"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
print(b"abc" == b"abc", b"abc" < b"abd", hash(b"") == hash(b""), repr(bytearray()))
