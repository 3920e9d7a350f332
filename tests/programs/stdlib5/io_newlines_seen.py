import io
for text in ['', 'a', 'a\n', 'a\r', 'a\r\n', 'a\nb\r', 'a\r\nb\n', 'a\r\nb\r', 'a\rb\nc\r\n']:
    for nl in (None, '', '\n', '\r\n'):
        s = io.StringIO(text, newline=nl); r1 = s.newlines; s.read()
        t = io.TextIOWrapper(io.BytesIO(text.encode()), newline=nl); r2 = t.newlines; t.read()
        print(repr(text), repr(nl), r1, s.newlines, r2, t.newlines)
s = io.StringIO(); s.write('x\r\n'); print(repr(s.newlines)); s.write('y\n'); print(s.newlines)
