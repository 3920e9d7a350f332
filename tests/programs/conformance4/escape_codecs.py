# unicode_escape and raw_unicode_escape: encoding, decoding, error ranges and handlers, warnings
import warnings, codecs

texts = ['abc', 'é\n\t\r\x00\x7f\'"\\', '€😀\ud800', 'ÿ\x80 ~', 'tab\there']
for s in texts:
    print(repr(s.encode('unicode_escape')), repr(s.encode('raw_unicode_escape')))
print(repr('\U0001F600'.encode('raw-unicode-escape')), repr('\u20ac'.encode('Unicode Escape')))

samples = [b'plain', b'\\n\\t\\\\\\x41\\u00e9\\U0001F600\\N{BULLET}\\101\\0', b'\\a\\b\\f\\v\\\'\\"',
           b'caf\xe9 \\\n end', b'tail\\', b'\\x4', b'ok\\x4g then', b'\\u12 raw', b'\\U00110000', b'\\N{NOPE}',
           b'\\N{', b'\\Nx', b'\\u00e9 raw \\\\u00e9 \\\\\\u00e9', b'\\\\\\u12', b'ab\\\\\\u12', b'\\x']
for data in samples:
    for codec in ('unicode_escape', 'raw_unicode_escape'):
        results = []
        for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
            try:
                results.append(repr(data.decode(codec, errors)))
            except UnicodeDecodeError as e:
                results.append(f'{type(e).__name__}: {e} [{e.start}:{e.end}]')
        print(codec, repr(data), '->', ' | '.join(results))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(b'\\q \\w \\400'.decode('unicode_escape')))
    print(repr(b'\\777 then \\z'.decode('unicode_escape')))
    print(repr(b'fine \\n'.decode('unicode_escape')))
print([(w.category.__name__, str(w.message)) for w in caught])

print(codecs.decode(b'\\u0041\\x42', 'unicode_escape'), str(b'\\xe9', 'unicode-escape'))
print(repr(codecs.encode('é\n', 'unicode_escape')))
for name in ('unicodeescape', 'rawunicodeescape'):
    try:
        'x'.encode(name)
    except LookupError as e:
        print(type(e).__name__, e)
round_trip = 'mixed: é€😀 \\ \n \x01'
print(round_trip.encode('unicode_escape').decode('unicode_escape') == round_trip,
      round_trip.encode('raw_unicode_escape').decode('raw_unicode_escape') == round_trip)
info = codecs.lookup('Unicode-Escape')
print(info.name, codecs.lookup('raw_unicode_escape').name, info.encode('é'), info.decode(b'\\xe9'))
for name in ('rot13', 'rot-13', 'Hex', 'base64', 'zlib', 'quoted-printable', 'no-such-codec'):
    for label, fn in (('encode', lambda: 'abc'.encode(name)), ('decode', lambda: b'abc'.decode(name)),
                      ('open', lambda: open('escape_codecs.py', encoding=name)), ('str', lambda: str(b'x', name))):
        try:
            fn()
            print(name, label, 'ok')
        except LookupError as e:
            print(name, label, type(e).__name__, e)
