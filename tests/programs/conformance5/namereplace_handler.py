# The namereplace error handler: \N{NAME} for characters with a Unicode name
# (Hangul syllables and CJK ideographs by rule, never an alias), \x/\u/\U
# escapes for the rest, under ascii, latin-1, utf-8/16 and code pages.
cases = [('résumé', 'ascii'), ('a\u0378b', 'ascii'), ('€\x80\U0001F600\uac00\u4e00', 'latin-1'),
         ('x\ud800', 'utf-8'), ('x\ud800', 'utf-16-le'), ('Ā€', 'cp1252'), ('\x00\u200b\ufeff', 'ascii'),
         ('\U000E0001\U0010FFFF', 'ascii'), ('naïve café', 'ascii')]
for s, enc in cases:
    try:
        print(ascii(s), enc, s.encode(enc, 'namereplace'))
    except UnicodeError as e:
        print(ascii(s), enc, type(e).__name__, e)
print('Ω ≈ ∞'.encode('ascii', 'namereplace').decode('ascii'))
print(b'\\N{GREEK CAPITAL LETTER OMEGA}'.decode('unicode_escape'))
