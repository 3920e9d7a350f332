csv = "name,age,,city,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.split(",", maxsplit=0))
text = "  many   spaces\there\nand lines  "
print(text.split(), text.split(" "), text.strip().split(None, 1))
print("a-b-c".partition("-"), "abc".rpartition("-"), "k=v=w".split("=", 1))
print(" | ".join(["x", "y", "z"]), "".join(map(str, [1, 2, 3])), "\n".join(["l1", "l2"]))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\n".splitlines(), "".splitlines())
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
words = "The Zen of Python".split()
print(sorted(words), sorted(words, key=str.lower), [w[::-1] for w in words])
