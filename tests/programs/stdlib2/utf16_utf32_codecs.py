texts = ["", "a", "héllo", "a\U0001F600b", "日本語", "\ufeffbom"]
for enc in ["utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf_16le", "utf-32", "utf-32-le", "utf-32-be", "U32"]:
    for t in texts:
        b = t.encode(enc)
        back = b.decode(enc)
        print(enc, repr(b), back == t, repr(back))
print(b"\xfe\xff\x00a".decode("utf-16"), repr(b"\xff\xfea\x00".decode("utf-16-le")), repr(b"\x00\x00\xfe\xff\x00\x00\x00z".decode("utf-32")))
print(str(b"h\x00i\x00", "utf-16-le"), bytes("hi", "utf-16-be"), bytearray("x", "utf-32-le"))
bad_decodes = [b"\xff\xfeA\x00\x00\xd8B\x00", b"A\x00B", b"\x00\xdcA\x00", b"A\x00\x00\xd8", b"A\x00\x00\xd8\x01"]
for data in bad_decodes:
    for enc in ["utf-16", "utf-16-le"]:
        try:
            print(repr(data.decode(enc)))
        except UnicodeDecodeError as e:
            print(e, "|", e.encoding, e.start, e.end, e.reason)
    for errors in ["replace", "ignore", "backslashreplace", "surrogatepass"]:
        try:
            print(errors, repr(data.decode("utf-16-le", errors)))
        except UnicodeDecodeError as e:
            print(errors, "error:", e)
for data in [b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\x00\xd8\x00", b"a\x00\x00\x00b"]:
    for enc in ["utf-32", "utf-32-le"]:
        try:
            print(repr(data.decode(enc)))
        except UnicodeDecodeError as e:
            print(e)
    print(repr(data.decode("utf-32-le", "replace")))
for s in ["\ud800", "a\udc00\udc01b"]:
    for enc in ["utf-16", "utf-16-be", "utf-32"]:
        try:
            s.encode(enc)
        except UnicodeEncodeError as e:
            print(e, "|", e.encoding, e.start, e.end)
        for errors in ["replace", "ignore", "surrogatepass", "backslashreplace", "xmlcharrefreplace"]:
            print(enc, errors, s.encode(enc, errors))
print(repr(b"\x00\xd8\x00\xdc".decode("utf-16-le", "surrogatepass")), repr("\ud800".encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")))
print(len(("x" * 1000).encode("utf-16")), len(("y" * 5).encode("utf-32-be")))
