import hashlib, io
for f in [lambda: hashlib.pbkdf2_hmac('sha256', b'', b'', 0), lambda: hashlib.pbkdf2_hmac('sha256', b'', b'', 1, 0), lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'', 1), lambda: hashlib.pbkdf2_hmac('sha256', b'', 's', 1), lambda: hashlib.file_digest(io.BytesIO(b'x'), 'nope'),
          lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 2, 10).hex(), lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 3).hex(), lambda: hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest(), lambda: hashlib.pbkdf2_hmac('SHA256', b'p', b's', 1).hex(),
          lambda: hashlib.pbkdf2_hmac('sha512', b'long password ' * 20, b'NaCl', 5, 100).hex(), lambda: hashlib.pbkdf2_hmac('md5', bytearray(b'k'), memoryview(b'salt'), 7, 40).hex(), lambda: hashlib.file_digest(io.BytesIO(b'data' * 1000), 'sha1').hexdigest()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
try: hashlib.file_digest(io.StringIO('x'), 'sha256')
except ValueError as e: print('ValueError', str(e)[:27], str(e)[-45:])
with open('/tmp/pvm_test_hashlib_fd.bin', 'wb') as out: out.write(b'file contents\n' * 50)
with open('/tmp/pvm_test_hashlib_fd.bin', 'rb') as f: print(hashlib.file_digest(f, 'sha256').hexdigest())
