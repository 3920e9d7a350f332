data = bytearray(b"hello world")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.ndim, mv.shape, mv.strides)
print(mv[1:5].tobytes(), bytes(mv[6:]), mv[::2].tolist(), mv[::-1].tobytes(), mv[2:9:3].tolist())
mv[0] = ord("H")
mv[6:11] = b"WORLD"
print(data, mv.obj is data, mv.tobytes())
sub = mv[6:]
sub[0] = 119
print(data, sub.contiguous, mv[::2].contiguous, mv[::2].strides)
ro = memoryview(b"abcdef")
print(ro.readonly, ro[1:3] == b"bc", ro == b"abcdef", ro != b"abc", hash(ro) == hash(b"abcdef"), list(ro[:3]))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    mv[20]
except IndexError as e:
    print("IndexError:", e)
try:
    hash(mv)
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError:", e)

nums = bytearray(range(16))
as_ints = memoryview(nums).cast("I")
print(as_ints.format, as_ints.itemsize, len(as_ints), as_ints.tolist(), as_ints.nbytes)
as_ints[0] = 0xFFFFFFFF
print(nums[:4], memoryview(nums).cast("h")[:3].tolist(), memoryview(nums).cast("b")[0], memoryview(nums).cast("c")[1])
print(memoryview(b"\x00\x00\x80?\x00\x00\x00@").cast("f").tolist(), memoryview(bytes(16)).cast("d").tolist(), memoryview(b"\x01\x00\x02").cast("?").tolist())
try:
    memoryview(nums).cast("I").cast("h")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(b"abc").cast("I")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(b"abcd").cast("x")
except ValueError as e:
    print("ValueError:", e)

with memoryview(b"ctx") as m:
    print(m.tobytes())
print(repr(m).startswith("<released memory at 0x"), repr(mv).startswith("<memory at 0x"))
try:
    len(m)
except ValueError as e:
    print("ValueError:", e)
m2 = memoryview(b"abc")
m2.release()
m2.release()
try:
    m2[0]
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b"\x01\xff").hex(), memoryview(b"abcdef").hex(":", 2), memoryview(memoryview(b"nested")).tobytes())
print(b"".join([memoryview(b"ab"), b"cd"]), bytearray(memoryview(b"xy")), b"x" + memoryview(b"yz"), memoryview(b"q").toreadonly().readonly)
print(memoryview(b"abc") == memoryview(b"abc"), memoryview(b"abc") == memoryview(bytearray(b"abd")), memoryview(b"a") == "a")
total = 0
for byte in memoryview(b"\x01\x02\x03"):
    total += byte
print(total, type(memoryview), memoryview(b"").tolist(), memoryview(b"abcd")[::-2].tobytes())
try:
    memoryview(b"abc")[...]
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("TypeError:", e)
