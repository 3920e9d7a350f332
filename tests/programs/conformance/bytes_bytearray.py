# bytes and bytearray: literals, indexing, slicing, methods, mutation,
# conversions, hex, formatting and errors.
b = b'Hello, World'
print(b[0], b[-1], b[:5], b[::-1], len(b), b.lower(), b.upper(), b.swapcase())
print(b.split(b', '), b.find(b'o'), b.rfind(b'o'), b.count(b'l'), b.replace(b'l', b'L'), b.startswith(b'He'))
print(b.strip(b'Hd'), b'  x '.strip(), b.center(16, b'*'), b'a-b-c'.split(b'-', 1), b'-'.join([b'a', b'b']))
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes('é', 'utf-8'), b'\xc3\xa9'.decode(), list(b'ab'))
print(b'abc' + b'def', b'ab' * 3, b'b' in b'abc', 98 in b'abc', b'abc' < b'abd', b'' == bytes())
print(b.hex(), bytes.fromhex('48 65'), b'\x00\xff'.hex('-'), b'abc'.isalpha(), b'123'.isdigit(), b'a b'.title())
ba = bytearray(b'hello')
ba[0] = ord('J')
ba.append(33)
ba.extend(b'??')
ba[1:3] = b'EE'
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
del ba[0]
ba.insert(0, 74)
ba.reverse()
print(ba, ba.find(b'E'), ba * 2, bytearray(b'x') + b'y', ba.upper())
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    ba.append(256)
except ValueError as e:
    print('ValueError:', e)
try:
    bytes([300])
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc' + 'd'
except TypeError as e:
    print('TypeError:', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('latin-1'), 'ü'.encode('ascii', 'ignore'), 'ü'.encode('ascii', 'replace'))
print(repr(b'\t\n\\\'"'), repr(bytearray()), int.from_bytes(b'\x01\x02', 'big'), (258).to_bytes(2, 'little'), b'%05d|%s' % (42, b'x'))
print(sorted(b'hello'), max(b'abc'), sum(b'\x01\x02'), b'a,b'.partition(b','), b'x'.zfill(3), b'AbC'.isupper())
