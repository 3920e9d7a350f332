import struct

header = struct.pack("<4sHHI", b"PVM1", 3, 0x10, 123456)
print(header, len(header), struct.unpack("<4sHHI", header))
record = struct.Struct(">hid?")
blob = b"".join(record.pack(i, i * 1000, i / 4, i % 2 == 0) for i in range(3))
print(record.size, blob.hex())
for fields in record.iter_unpack(blob):
    print(fields)
print(struct.calcsize("@bhiqd"), struct.calcsize("=bhiqd"), struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack(">e", 1.5), struct.pack("<q", -2))
for fmt, value in [("b", 200), ("<I", -1), ("h", 1.5), ("c", "a")]:
    try:
        struct.pack(fmt, value)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
