n = 1025
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), int.from_bytes(b"\x04\x01", "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
data = bytes(range(5))
print(data, list(data), data.hex(), bytes.fromhex("00ff10"), data[1:3], data[::-1])
print(bytearray(b"abc").upper(), bytes("é", "utf-8").hex(), b"x" * 3, b"%d-%s" % (5, b"z"))
