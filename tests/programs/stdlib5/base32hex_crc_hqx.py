import base64, binascii, random
random.seed(3)
for n in range(12):
    d = bytes(random.randrange(256) for _ in range(n))
    e = base64.b32hexencode(d); print(n, e, base64.b32hexdecode(e) == d, base64.b32hexdecode(e.lower(), casefold=True) == d, binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xFFFF), binascii.crc_hqx(d, 0x1234 + 70000))
for bad in [b'A', b'W0======', b'a0======', '0' * 7 + '=', b'00======']:
    try: print(base64.b32hexdecode(bad))
    except binascii.Error as e: print('Error', e)
for bad in [lambda: base64.b32hexencode('str'), lambda: binascii.crc_hqx(b'x'), lambda: binascii.crc_hqx('s', 0), lambda: base64.b32hexdecode(b'00======', map01=b'L')]:
    try: print(bad())
    except TypeError as e: print('TypeError', e)
print(base64.b32encode(b'pvm'), base64.b32decode(b'OB3G2==='), base64.b32decode(b'OB3G2===', map01=b'L'))

for v in [1.5, '1', None, True]:
    try: print(binascii.crc_hqx(b'a', v))
    except TypeError as e: print(e)
