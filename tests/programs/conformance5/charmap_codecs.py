# Single-byte code pages (cp1252, latin-9, koi8-r, mac-roman...): encoding,
# decoding, CPython's 'charmap' error messages and error handlers, and
# open() with such an encoding.
text = 'Café – “quoted” €5'
for enc in ['cp1252', 'Windows-1252', 'latin9', 'ISO-8859-15', 'cp1250', 'mac-roman']:
    data = text.encode(enc, 'replace')
    print(enc, data, data.decode(enc))
print('Привет'.encode('koi8-r'), 'Привет'.encode('cp1251'), 'Привет'.encode('cp866'), 'Привет'.encode('iso8859-5'))
print(b'\xf0\xd2\xc9\xd7\xc5\xd4'.decode('koi8_r'), bytes(range(0x80, 0x90)).decode('cp1252', 'replace'))
print('Ελλάδα'.encode('cp1253'), 'שלום'.encode('iso8859_8'), 'ăâîșț'.encode('iso8859_16' if False else 'cp1250', 'replace'))

for s, enc, errors in [('a\u0100\u0101b', 'cp1252', 'strict'), ('é\udc81', 'cp1252', 'surrogateescape'),
                       ('xĀ', 'cp1252', 'xmlcharrefreplace'), ('xĀ', 'latin9', 'backslashreplace'),
                       ('xĀy', 'cp1252', 'ignore'), ('€', 'iso8859_2', 'strict'), ('€', 'cp1252', 'bogus')]:
    try:
        print(repr(s), enc, errors, s.encode(enc, errors))
    except (UnicodeError, LookupError) as e:
        print(repr(s), enc, errors, type(e).__name__, e)
for data, enc, errors in [(b'a\x81', 'cp1252', 'strict'), (b'\x81', 'cp1252', 'replace'), (b'\x81', 'cp1252', 'surrogateescape'),
                          (b'\x81z', 'cp1252', 'backslashreplace'), (b'\xa5', 'iso8859_3', 'strict'), (b'\xaa', 'cp1253', 'ignore')]:
    try:
        print(data, enc, errors, ascii(data.decode(enc, errors)))
    except UnicodeError as e:
        print(data, enc, errors, type(e).__name__, e, e.start, e.end)
print(str(b'\x80', 'cp1252'), bytes('€', 'cp1252'), bytearray('ß', 'latin9'))

path = '/tmp/pvm_test_charmap_codecs.txt'
with open(path, 'w', encoding='cp1252') as f:
    print(f.encoding, f.write('naïve café €\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='cp1252') as f:
    print(repr(f.read()))
