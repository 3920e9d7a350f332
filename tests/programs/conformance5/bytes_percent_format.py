# bytes % args: %b (bytes' spelling of %s), %r as %a, keys of a mapping
# looked up as bytes, CPython's errors for str arguments; bytes.istitle.
print(b'%s %d %x %c %r %a %b' % (b'x', 5, 255, 65, b'q', 'é', b'bb'))
print(b'%(k)s|%(k)b' % {b'k': b'v'}, b'%5b|%-5b|%.1b' % (b'ab', b'cd', b'ef'))
print(bytearray(b'%b-%b') % (bytearray(b'x'), memoryview(b'y')))
for fmt, args in [(b'%(k)s', {'k': b'v'}), (b'%b', 'str'), (b'%b', 5), (b'%s', 'str'), (b'%y', 1), (b'%c', 256), (b'%c', b'ab')]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print('%b' % 1)
except ValueError as e:
    print(e)
for b in [b'Ab', b'AB', b'Ab Cd', b'ab', b'', b'1A', b'A1b', b'Hello World', b'Hello world', b'A_B', b"It'S"]:
    print(b, b.istitle(), bytearray(b).istitle(), b.decode().istitle())
