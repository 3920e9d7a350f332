# Unicode case mappings (final sigma, ligatures, titlecase digraphs), unicodedata, and %-formatting with its errors.
words = ['ΟΔΟΣ', 'ΑΣ ΑΣ.', 'ΣΑ', 'Σ', 'aΣ', 'ǈ', 'ǆ', 'ß', 'ŉ', 'ΐ', 'İstanbul', 'ﬃ', 'ᾳ', 'Ǆemal', "o'neil mc-donald", 'ｈｅｌｌｏ', 'ǰ', 'ẞ', 'K', 'Å', 'µ', 'ı', 'ͅ']
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()), w.istitle(), w.isupper(), w.islower())
print([c for c in 'aA1_ \t٣²ⅷ' if c.isalnum()], [c.isspace() for c in ' \x1c\x85\xa0\u200b\u2028\u3000'], '\u00b2'.isnumeric(), 'Ⅷ'.isnumeric(), 'Ⅷ'.isdecimal())
print('ﬀ'.upper(), len('ﬀ'.upper()), 'ß'.center(5, '*'), 'straße'.upper().lower(), 'ΣΊΣΥΦΟΣ'.lower(), 'ΌΣΟΣ ΣΟΦΌΣ'.lower())
import unicodedata
for c in 'aÅ€٣ñ':
    print(repr(c), unicodedata.name(c), unicodedata.category(c), unicodedata.decimal(c, None), unicodedata.numeric(c, None), unicodedata.bidirectional(c))
print(unicodedata.normalize('NFD', 'é') == 'e\u0301', unicodedata.normalize('NFC', 'e\u0301'), len(unicodedata.normalize('NFKD', 'ﬁ')), unicodedata.lookup('SNOWMAN'))
print('%s' % 'x', '%5.1s|' % 'abc', '%-6r|' % 'a', '%(a)s %(b)d' % {'a': 1, 'b': 2}, '%#x %#o %+.2e' % (255, 8, 12345.678), '%c%c' % ('a', 98), '%5%|' % ())
try: '%d' % 'x'
except TypeError as e: print(e)
try: '%s %s' % (1,)
except TypeError as e: print(e)
try: '%s' % (1, 2)
except TypeError as e: print(e)
try: '%(a)s' % 5
except TypeError as e: print(e)
try: '%z' % 5
except ValueError as e: print(e)
print('%.3g|%10.4f|%-10d|%05d|% d' % (3.14159, 2.5, 42, -42, 7), '%i %u' % (3.9, 4), '%x' % 3.0 if False else '', '%s' % [1, 'a'], '%r' % {'k': 'v'})
