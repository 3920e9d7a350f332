# base64 and binascii: encodings, decodings, padding rules and errors.
import base64, binascii
print(base64.b64encode(b'hi there'), base64.b64decode('aGk='), base64.urlsafe_b64encode(b'\xfb\xff'), base64.urlsafe_b64decode('-_8='), base64.b32encode(b'ab'), base64.b16encode(b'ab'), base64.standard_b64encode(b'x'))
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(20))]:
    e32 = base64.b32encode(data)
    print(data, base64.b64encode(data), e32, base64.b32decode(e32) == data, base64.b16decode(base64.b16encode(data)) == data, base64.b64decode(base64.b64encode(data)) == data)
print(base64.b32decode(b"mfra====", casefold=True), base64.b16decode(b"6a", casefold=True), base64.b64encode(b"\xff\xfe", altchars=b"-_"), base64.b64decode(b"__4=", altchars=b"-_"))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b64encode('str'), lambda: base64.b32decode(b"MFRA==="), lambda: base64.b16decode(b"zz"), lambda: base64.b64decode("é")]:
    try:
        print(bad())
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(base64.b64decode('ab!c=='), base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hello"), binascii.a2b_base64(b"aGVsbG8=\n"), binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"a", 12345))
for s in [b"aGk=", b"aGk", b"a", b"aG=k", b"aGk==", b"a!Gk=", b"", b"YQ==YQ==", b"YWJj"]:
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, "Error", e)
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, "strict Error", e)
for bad in ["0", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
print(issubclass(binascii.Error, ValueError), binascii.hexlify(b"abc", "-"))
for s in [b'YQ==YWJj', b'YQ=YWJj', b'YQ=\n=YWJj', b'YWJj=YWJj', b'YQ===', b'Y=Q==']:
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, e)
