import uuid
import secrets
import zlib

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), u.fields, u.version, u.variant)
print(u.urn, u.hex, u.int, u.bytes, u.bytes_le)
print(u.time, u.node, u.clock_seq, u.is_safe, u.time_low, u.time_mid)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'x'))
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b'bytes-name')
except TypeError as e:
    print(e)
for bad in ['xyz', '{12345678-1234-5678-1234-56781234567}', '12345678-1234-5678-1234-56781234567g']:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
try:
    uuid.UUID()
except TypeError as e:
    print(e)
try:
    u.int = 1
except TypeError as e:
    print(e)
print(uuid.UUID(int=5, version=4), uuid.UUID(bytes=b'\x01' * 16), uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID('{12345678123456781234567812345678}'))
print(uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678') == u, str(u) == u.__str__())
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), u < uuid.UUID(int=2 ** 127))
print(len({u, uuid.UUID(str(u))}), int(u) == u.int)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.SafeUUID.unknown, uuid.NAMESPACE_OID)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t < uuid.uuid1() or True)

print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), len(secrets.token_hex(16)))
print(all(c in '0123456789abcdef' for c in secrets.token_hex()))
tok = secrets.token_urlsafe(16)
print(len(tok), all(c.isalnum() or c in '-_' for c in tok))
print(secrets.choice('abc') in 'abc', 0 <= secrets.randbelow(10) < 10, 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest(b'a', b'ab'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)

print(zlib.crc32(b'hello world'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b''))
print(zlib.adler32(b'hello world'), zlib.adler32(b'x' * 10000, 5), zlib.adler32(bytearray(b'abc')))
print(zlib.crc32(bytearray(b'abc')), hex(zlib.crc32(b'The quick brown fox jumps over the lazy dog')))
try:
    zlib.crc32('text')
except TypeError as e:
    print(e)
