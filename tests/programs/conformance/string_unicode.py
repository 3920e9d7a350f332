# Unicode strings: code points vs UTF-16, combining characters, emoji,
# casing, normalization-free comparisons, encode/decode round trips, ord/chr.
s = 'naïve café 😀 日本語'
print(len(s), s[6:10], s[11], s[-3:], s[::-1], s.upper(), s.title())
print([hex(ord(c)) for c in '😀é'], chr(128512), chr(233), '\N{GREEK SMALL LETTER ALPHA}', '\u00e9' == 'é')
print(s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print('e\u0301' == 'é', len('e\u0301'), 'é'.encode(), 'e\u0301'.encode())
print(sorted(['é', 'e', 'f', 'E', 'z', 'Z', 'ä']), max('abcé'), min('Zaé'))
print('ǆ'.upper(), 'ǆ'.title(), 'ß'.upper(), 'ﬀ'.upper(), 'ΣΑΣ'.lower(), 'İ'.lower().encode(), 'ı'.upper())
print('日本'.center(6, '*'), f'{"日本":>5}|', '%5s|' % '日本', '😀'.isprintable(), '\u200b'.isprintable(), '\t'.isprintable())
print('١٢٣'.isdigit(), int('١٢٣'), '½'.isnumeric(), '²'.isdigit(), 'Ⅳ'.isnumeric(), 'abc٣'.isalnum())
print(repr('\x00\x1f\x7f\u0085\u00a0\u2028'), ascii('😀é\n'), repr('😀'), str('\\u00e9'))
print('straße'.casefold() == 'STRASSE'.casefold(), 'ﬁ'.casefold(), 'a\u0300'.upper(), 'Ǳ'.lower(), 'ǲ'.istitle())
text = 'The café costs 5€ — nice!'
print(text.encode('ascii', 'replace'), text.encode('ascii', 'ignore'), text.encode('ascii', 'xmlcharrefreplace'), text.encode('ascii', 'backslashreplace'))
print(text.encode('latin-1', 'replace'), text.split(), text.find('€'), text.index('—'), text.count('c'))
try:
    text.encode('latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(''.join(sorted(set('mississippi'))), '-'.join('😀😁'), list('a😀b'), 'a😀b'[1], len('a😀b'))
print('{:^7}'.format('😀'), '{:<4}|'.format('é'), 'x'.join(['日', '本']), '日本語'.replace('本', 'ほん'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), bytes('café', 'utf-8'), 'café'.encode('utf-16-le') if False else '')
