import base64, binascii, hashlib, uuid, hmac, io, zlib
d = b'hello world \x00\xff pvm'
print(base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.urlsafe_b64encode(b'\xfb\xff'), base64.standard_b64decode('aGk='), base64.b64decode('aGk', validate=False) if False else '')
for bad in ['aGk', 'a', '!!!!']:
    try: print(base64.b64decode(bad, validate=True))
    except binascii.Error as e: print('Error', e)
print(base64.b64decode(b'aGVsbG8=\n'), base64.encodebytes(d * 5), base64.decodebytes(base64.encodebytes(d)), base64.b32decode('NBSWY3DP'), base64.b16decode('68656C6C6F'), base64.b16decode('68656c6c6f', casefold=True))
print(binascii.hexlify(d, '-', 2), binascii.unhexlify('ff00'), binascii.b2a_base64(b'x', newline=False), binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.a2b_hex(b'41'), d.hex(':', 3), bytes.fromhex('de ad be ef'))
try: binascii.unhexlify('abc')
except binascii.Error as e: print(e)
print(hashlib.md5(d).hexdigest(), hashlib.sha1(d).hexdigest(), hashlib.sha256(d).hexdigest()[:20], hashlib.new('sha512', d).hexdigest()[:20], hashlib.blake2b(d, digest_size=8).hexdigest(), hashlib.sha3_256(d).hexdigest()[:16], hashlib.shake_128(d).hexdigest(5))
h = hashlib.sha256(); h.update(b'a'); h2 = h.copy(); h2.update(b'b'); print(h.hexdigest()[:10], h2.hexdigest()[:10], h.name, h.digest_size, h.block_size, hashlib.file_digest(io.BytesIO(d), 'sha256').hexdigest()[:10] if hasattr(hashlib, 'file_digest') else '')
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 20).hex()[:16], hmac.new(b'key', d, 'sha256').hexdigest()[:16], hmac.compare_digest(b'a', b'a'))
u = uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'); print(u, repr(u), u.version, u.variant, u.hex, u.int, u.urn, uuid.uuid3(uuid.NAMESPACE_URL, 'x'), uuid.UUID('{12345678-1234-5678-1234-567812345678}'), uuid.UUID(int=1), uuid.UUID(bytes=b'\x00' * 16).fields)
try: uuid.UUID('bad')
except ValueError as e: print(e)
print(zlib.crc32(b'abc'), zlib.adler32(b'abc'), zlib.crc32(b'def', zlib.crc32(b'abc')))
