import codecs
for enc in ['cp437', 'ibm437', '437', 'iso8859_11', 'iso-8859-11', 'thai', 'iso8859_16', 'latin10', 'l10', 'ISO_8859-16:2001' if False else 'iso_8859_16']:
    print(enc, codecs.lookup(enc).name)
allbytes = bytes(range(256))
for enc in ['cp437', 'iso8859_11', 'iso8859_16']:
    text = allbytes.decode(enc, errors='replace')
    print(enc, ascii(text[128:]))
    print(enc, len(text.encode(enc, errors='replace')), text.encode(enc, errors='replace') == allbytes)
    try: allbytes.decode(enc)
    except UnicodeDecodeError as e: print(e)
    for s in ['Ä € ș Ț ┌─┐ ก', 'plain']:
        try: print(s.encode(enc))
        except UnicodeEncodeError as e: print(e)
        print(s.encode(enc, 'xmlcharrefreplace'), s.encode(enc, 'backslashreplace'))
print('╔══╗'.encode('cp437'), b'\xc9\xcd\xcd\xbb'.decode('cp437'), 'Ștefan'.encode('latin10'), 'สวัสดี'.encode('thai'))
with open('/tmp/pvm_test_cp437.txt', 'w', encoding='cp437') as f: f.write('│box│\n')
with open('/tmp/pvm_test_cp437.txt', 'rb') as f: print(f.read())
with open('/tmp/pvm_test_cp437.txt', encoding='cp437') as f: print(f.read(), f.encoding)
d = codecs.getincrementaldecoder('cp437')(); print(d.decode(b'\xb3'), d.decode(b'\xc4', final=True))
