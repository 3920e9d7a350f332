import calendar, base64, hashlib, csv, io, binascii, zlib, fnmatch, glob if False else None
print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 3), calendar.firstweekday(), calendar.timegm((2024, 1, 1, 0, 0, 0)))
c = calendar.TextCalendar(calendar.SUNDAY); print(c.formatmonth(2021, 5)); print(list(c.iterweekdays()), c.formatweekheader(3))
print([d for d in calendar.Calendar().itermonthdays2(2024, 2)][:8], calendar.MONDAY, calendar.month_name[1:4])
hc = calendar.HTMLCalendar(); print(hc.formatmonth(2024, 1)[:200])
print(base64.b64encode(b'hello world'), base64.b64decode('aGVsbG8='), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'ab'), base64.b16encode(b'\x01\xab'), base64.b85encode(b'xyz'), base64.a85encode(b'xyz'))
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print(e)
print(base64.b64decode('YWJj\n'), base64.standard_b64encode(b'x'), base64.encodebytes(b'a' * 60))
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest(), hashlib.sha256(b'abc').hexdigest()[:32], hashlib.sha512(b'').hexdigest()[:20])
h = hashlib.sha256(); h.update(b'a'); h.update(b'bc'); print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), h.name, h.digest_size, h.block_size, hashlib.new('md5', b'x').hexdigest())
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.decompress(zlib.compress(b'data' * 10)), binascii.hexlify(b'\x00\xff', '-'), binascii.crc32(b'abc'))
rows = [['name', 'qty', 'note'], ['apple', '3', 'red, sweet'], ['pear', '', 'say "hi"'], ['x\ny', '1', '']]
buf = io.StringIO(); w = csv.writer(buf); w.writerows(rows); print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()))))
buf2 = io.StringIO(); dw = csv.DictWriter(buf2, fieldnames=['a', 'b'], quoting=csv.QUOTE_NONNUMERIC); dw.writeheader(); dw.writerow({'a': 1, 'b': 'x'}); dw.writerow({'a': 2.5}); print(repr(buf2.getvalue()))
for r in csv.DictReader(io.StringIO('h1;h2\n1;2\n3;4;5\n6\n'), delimiter=';'):
    print(r)
print(list(csv.reader(['a,  b,c'], skipinitialspace=True)), list(csv.reader(["'a,b',c"], quotechar="'")), csv.list_dialects() if False else '')
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print(e)
print(fnmatch.fnmatch('file.PY', '*.py'), fnmatch.fnmatchcase('file.PY', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'), fnmatch.translate('*.t?[!x]'))
