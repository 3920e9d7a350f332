import base64, random
r = random.Random(7)
for n in list(range(0, 13)) + [50, 101]:
    data = bytes(r.randrange(256) for _ in range(n))
    for enc, dec in ((base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)):
        e = enc(data); ep = enc(data, pad=True)
        print(n, enc.__name__, e, ep, dec(e) == data, dec(ep)[:n] == data)
print(base64.a85encode(b"\0\0\0\0xyz    "), base64.a85encode(b"    abc", foldspaces=True), base64.a85encode(b"hello world, this is a test", wrapcol=10, adobe=True))
print(base64.a85encode(b"hi", adobe=True), base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode("z BOu!r D]", ), base64.a85decode(b"y", foldspaces=True))
for bad in [lambda: base64.a85decode(b"abc~", adobe=True), lambda: base64.a85decode(b"ab{"), lambda: base64.a85decode(b"abz"), lambda: base64.a85decode(b"uuuuu"), lambda: base64.b85decode(b"ab\"c"), lambda: base64.b85decode(b"~~~~~"), lambda: base64.b85decode("é")]:
    try: print(bad())
    except ValueError as e: print("ValueError", e)
import hashlib
for n in (0, 1, 3, 71, 72, 135, 136, 137, 200, 500):
    data = bytes((i * 7 + 3) % 256 for i in range(n))
    print(n, [hashlib.new(a, data).hexdigest()[:24] for a in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512')], hashlib.shake_128(data).hexdigest(40), hashlib.shake_256(data).hexdigest(7))
h = hashlib.sha3_256(b"ab"); h2 = h.copy(); h2.update(b"c"); print(h.hexdigest(), h2.hexdigest() == hashlib.sha3_256(b"abc").hexdigest(), h.name, h.digest_size, h.block_size, hashlib.shake_128().name, hashlib.shake_128().digest_size, hashlib.shake_256().block_size)
print(sorted(hashlib.algorithms_guaranteed - {'blake2b', 'blake2s'}), hashlib.sha3_512(b"x" * 1000).hexdigest())
for n in (0, 1, 63, 64, 65, 127, 128, 129, 300):
    data = bytes((i * 5 + 1) % 256 for i in range(n))
    print(n, hashlib.blake2b(data).hexdigest()[:32], hashlib.blake2s(data).hexdigest()[:32], hashlib.blake2b(data, digest_size=20, key=b"secret", salt=b"salty", person=b"me").hexdigest(),
          hashlib.blake2s(data, digest_size=16, key=b"k" * 32).hexdigest(), hashlib.new('blake2b', data).hexdigest()[-8:])
b = hashlib.blake2b(b"a"); c = b.copy(); c.update(b"b"); print(b.hexdigest()[:16], c.hexdigest() == hashlib.blake2b(b"ab").hexdigest(), b.name, b.digest_size, b.block_size, hashlib.blake2s().digest_size, type(b).__module__)
for bad in [lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"x" * 33), lambda: hashlib.blake2b(salt=b"x" * 17), lambda: hashlib.blake2s(person=b"x" * 9)]:
    try: bad()
    except ValueError as e: print(e)
print(sorted(hashlib.algorithms_guaranteed))
