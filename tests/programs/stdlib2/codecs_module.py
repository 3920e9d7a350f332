import codecs

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"), codecs.encode("hi", "utf-16"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"data", "base64"), codecs.decode(b"ZGF0YQ==\n", "base64"))
info = codecs.lookup("UTF8")
print(info.name, info[0] is info.encode, isinstance(info, tuple), codecs.lookup("latin-1").name, codecs.lookup("U16").name)
print(codecs.getencoder("ascii")("abc"), codecs.getdecoder("utf-32-le")(b"a\x00\x00\x00"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)
dec = codecs.getincrementaldecoder("utf-8")()
parts = [dec.decode(b"\xe2\x82"), dec.decode(b"\xac!", final=True)]
print(parts)
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")), list(codecs.iterencode(["a", "b"], "utf-8")))
print(codecs.decode(b"\xef\xbb\xbfhi", "utf-8-sig"), codecs.encode("hi", "utf-8-sig"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print(e)
print(codecs.encode("a\xffb", "ascii", "replace"), codecs.encode("\u20ac", "latin-1", "xmlcharrefreplace"), codecs.decode(b"a\xff", "utf-8", "backslashreplace"))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print(e)
print(codecs.lookup_error("strict") is codecs.strict_errors)
