# str case methods and predicates on ASCII and non-ASCII text.
words = ['hello world', 'HELLO', 'Hello World', "they're bill's friends", 'ǅungla', 'straße', 'ß', 'İstanbul', '', '123abc', 'a1b2']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print(' ', w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isdigit(), w.isspace(), w.isidentifier())
for s in ['½', '²', '٣', '10', '-1', '1.5', 'Ⅻ', '\t\n ', '\x0b', '_x', '1x', 'class']:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
