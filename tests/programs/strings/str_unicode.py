s = "naïve café — 東京 😀"
print(len(s), s.upper(), s.lower(), s[6:10], s[-1], s.encode("utf-8"))
print([hex(ord(c)) for c in "é😀"], chr(0x1F600), "\u00e9" == "é", "\U0001F600")
print("ß".upper(), "İ".lower(), len("İ".lower()), "ﬀ".upper(), "Σ".lower(), "ΑΣ".lower())
print("é".isalpha(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "Ⅻ".isnumeric(), " ".isspace())
print(sorted("éaèz"), "é" < "f", max("abc😀"))
encoded = "héllo".encode("utf-8")
print(encoded, encoded.decode("utf-8"), "héllo".encode("latin-1"), "abc".encode("ascii"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(repr("tab\t\n\\"), repr("\x00\x1f\x7f"), repr("é"), ascii("é😀"), repr("\u200b"))
