# Binary files: 'wb', 'ab' and 'rb' modes, bytes in and out, readline,
# iteration, seek/tell with every whence, and the errors of the wrong mode.
import io

PATH = '/tmp/pvm_test_files_binary.bin'
with open(PATH, 'wb') as f:
    print(f)
    print(f.write(b'hello\nworld\r\nbye\xff'), f.tell())
    print(f.write(bytearray(b'!')), f.mode, f.writable(), f.readable())
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError:', e)
print(f.closed)
try:
    f.write(b'late')
except ValueError as e:
    print('ValueError:', e)

with open(PATH, 'ab') as f:
    print(f.tell(), f.write(b'\x00\x01'))

with open(PATH, 'rb') as f:
    print(f, f.name, f.mode)
    print(f.read(3), f.tell())
    print(f.readline())
    print(f.readlines())
    print(f.read(), f.read(2))
    print(f.seek(-3, 2), f.read())
    print(f.seek(2), f.seek(1, 1), f.read(2))
    try:
        f.seek(-100, 1)
    except OSError as e:
        print('OSError:', e)
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)

with open(PATH, 'rb') as f:
    for number, line in enumerate(f):
        print(number, line, len(line))
data = open(PATH, 'rb').read()
print(type(data).__name__, len(data), data.count(b'\n'), data[:5].decode())
print(data.decode('latin-1').encode('utf-8')[-6:])
