import unicodedata as ud

print(ud.unidata_version)
samples = "aZ9 é€中한ß½Ⅻ٣\u0301\u200b\U0001F600\U00020000\uac01\U00017000\U0001B170\U00018B00\ufb01\u00a0\u0660\u2167\u00b2\u0e55\u10ffff"
for ch in samples:
    print(hex(ord(ch)), ud.name(ch, "<none>"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None),
          repr(ud.decomposition(ch)))
for name in ["LATIN SMALL LETTER A", "euro sign", "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GAG", "SNOWMAN",
             "GRINNING FACE", "HANGUL SYLLABLE GA"]:
    print(name, repr(ud.lookup(name)))
for bad in ["NOT A REAL NAME", "CJK UNIFIED IDEOGRAPH-0041", "HANGUL SYLLABLE XYZ", "TANGUT IDEOGRAPH-17000"]:
    try:
        ud.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
for ch in ["\x00", "\ue000", "\U000e0000"]:
    try:
        ud.name(ch)
    except ValueError as e:
        print("ValueError", e)
for fn in (ud.decimal, ud.digit, ud.numeric):
    try:
        fn("x")
    except ValueError as e:
        print("ValueError", e)
for bad in ["ab", 5]:
    try:
        ud.category(bad)
    except TypeError as e:
        print("TypeError", e)
texts = ["café", "cafe\u0301", "ﬁ½Ⅻ", "한국어", "\u1112\u1161\u11ab", "Å\u0327\u0301", "e\u0301\u0323", "\u0344", "A\u030a\u0301", "\u00c5\u0316", "ｱｲｳ", "x\u0315\u0300y"]
for t in texts:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = ud.normalize(form, t)
        print(form, ascii(t), ascii(n), ud.is_normalized(form, t))
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print("ValueError", e)
counts = {}
for cp in range(0, 0x3000, 7):
    c = ud.category(chr(cp))
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
print(sum(1 for cp in range(0x300, 0x370) if ud.combining(chr(cp))), [ud.name(chr(cp)) for cp in range(0x41, 0x46)])
