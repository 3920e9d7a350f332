# codecs.lookup knows the single-byte code pages (cp125x, iso8859-*, koi8,
# mac-roman, cp866, cp874) by CPython's names and aliases.
import codecs

names = ['cp1250', 'cp1251', 'CP1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258',
         'windows-1252', 'windows_1251', '1252', 'iso8859-2', 'iso-8859-5', 'ISO_8859-7', 'iso8859_15',
         'latin2', 'l9', 'cyrillic', 'greek', 'hebrew', 'arabic', 'csISOLatin2', 'koi8-r', 'koi8_u',
         'KOI8-U', 'cskoi8r', 'mac-roman', 'macroman', 'mac_roman', 'macintosh', 'mac-cyrillic',
         'cp866', 'IBM866', '866', 'cp874', 'latin-1', 'utf-8', 'no-such-codec']
for n in names:
    try:
        print(n, '->', codecs.lookup(n).name)
    except LookupError as e:
        print(n, 'LookupError', e)

print(codecs.encode('caf\u00e9 \u20ac', 'cp1252'), codecs.decode(b'\x80\xe9', 'windows-1252'))
print(codecs.encode('\u041f\u0440\u0438\u0432\u0435\u0442', 'koi8-r'))
print(codecs.decode(codecs.encode('\u041f\u0440\u0438', 'cp866'), 'IBM866'))
info = codecs.lookup('latin2')
print(info.encode('\u0141\u00f3d\u017a'), info.decode(b'\xa3\xf3d\xbc'))
enc = codecs.getincrementalencoder('cp1251')()
print(enc.encode('\u0416'), enc.encode('\u0436', final=True))
dec = codecs.getincrementaldecoder('mac-roman')()
print(repr(dec.decode(b'\x8e')), repr(dec.decode(b'\x80', final=True)))
try:
    codecs.encode('\u20ac', 'iso8859-5')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print(list(codecs.iterdecode([b'\xe0', b'\xe1'], 'cp1251')))
