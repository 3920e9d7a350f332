# Text files: encodings (utf-8, latin-1, ascii with errors=), universal
# newlines and newline=, reading by size/line/iteration, seek/tell, append.
import io

PATH = '/tmp/pvm_test_files_text.txt'
f = open(PATH, 'w', encoding='utf-8')
print(f, f.encoding, f.errors)
print(f.write('héllo\nwörld\n'), f.tell())
f.close()
with open(PATH, 'a') as f:
    print(f.write('more\n'), f)
with open(PATH) as f:
    print(f.read(3), f.tell())
    print(repr(f.readline()), f.tell())
    print(f.seek(0), repr(f.readline()))
    try:
        f.seek(3, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    try:
        f.seek(3, 2)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    print(f.seek(0, 2), repr(f.read()))
    try:
        f.seek(-1)
    except ValueError as e:
        print('ValueError:', e)
print(open(PATH, 'rb').read())

with open(PATH, 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour')
print(repr(open(PATH).read()))
print(open(PATH).readlines())
print(open(PATH, newline='').readlines())
print(open(PATH, newline='\r\n').readlines())
print(open(PATH, newline='\n').readlines())
print([line.rstrip() for line in open(PATH)])
print(repr(open(PATH).read(6)))

with open(PATH, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
print(open(PATH, 'rb').read(), repr(open(PATH).read()), repr(open(PATH, newline='').read()))

with open(PATH, 'wb') as f:
    f.write('caf\xe9 \u20ac'.encode('utf-8') + b'\xff')
try:
    open(PATH).read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(repr(open(PATH, encoding='latin-1').read()))
print(repr(open(PATH, errors='replace').read()))
print(repr(open(PATH, errors='ignore').read()))
try:
    open(PATH, encoding='ascii').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(PATH, 'w', encoding='ascii', errors='replace') as f:
    f.write('a\xe9\u20acb')
print(open(PATH, 'rb').read())
try:
    with open(PATH, 'w', encoding='ascii') as f:
        f.write('a\xe9\u20acb')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
with open(PATH, 'w', encoding='latin-1') as f:
    print(f.write('\xe9t\xe9'), f.encoding)
print(open(PATH, 'rb').read())

with open(PATH, 'w') as f:
    print(f.writelines(['x\n', 'y\n']), f.write(''))
with open(PATH) as f:
    print(list(f), f.readline() == '', f.read() == '')
f = open(PATH)
print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
f.close()
f.close()
print(f.closed, repr(f))
for action in (f.read, f.readline, iter):
    try:
        action() if action is not iter else iter(f)
    except ValueError as e:
        print('ValueError:', e)
