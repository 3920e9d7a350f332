# Lone surrogates in str: len, ord, repr, slicing, and the codecs' error handlers.
import sys
s = '\ud800'
print(len(s), repr(s), ord(s), ascii(s), hex(ord(chr(0xdfff))))
c = chr(0xdc80)
print(repr(c), len(c + 'a'), repr('ab\ud800cd'[2]), repr('ab\ud800cd'[1:3]), 'ab\ud800cd'.find('\ud800'))
for err in ['strict', 'surrogatepass', 'surrogateescape', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    try:
        print(err, 'x\udc80y'.encode('utf-8', err))
    except UnicodeEncodeError as e:
        print(err, type(e).__name__, e)
for err in ['strict', 'surrogatepass', 'surrogateescape']:
    try:
        print(err, 'x\ud800y'.encode('latin-1', err))
    except UnicodeEncodeError as e:
        print(err, type(e).__name__, e)
print(repr(b'x\x80y'.decode('utf-8', 'surrogateescape')), repr(b'x\x80\xffy'.decode('ascii', 'surrogateescape')))
print(b'x\x80y'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(repr(b'\xed\xa0\x80z'.decode('utf-8', 'surrogatepass')), repr(b'a\xed\xbf\xbf'.decode('utf-8', 'surrogatepass')))
for data in [b'\xed\xa0\x80', b'\xed\xa0', b'\xff\xed\xa0\x80']:
    for err in ['strict', 'surrogatepass']:
        try:
            print(repr(data.decode('utf-8', err)))
        except UnicodeDecodeError as e:
            print(err, e)
print('\ud800'.isprintable(), '\ud800'.isalpha(), '\ud800'.upper() == '\ud800', '\ud800' < '\ue000')
print(repr('\udc80'.encode('utf-16-le', 'surrogatepass')), 'a\ud800'.encode('utf-8', 'backslashreplace'))
print(repr(str(b'\xff', 'ascii', 'surrogateescape')), repr(bytes('\udcff', 'utf-8', 'surrogateescape')))
print(sys.stdout.errors, sys.stderr.errors)
import json
print(json.dumps('\ud800'), repr(json.loads('"\\ud800"')), repr(json.loads('"\\ud83d\\ude00"')))
print('before', 'x\ud800', 'after')
