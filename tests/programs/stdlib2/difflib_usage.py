import difflib

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the very lazy dog".split()
sm = difflib.SequenceMatcher(None, a, b)
print(sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op)
print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
print(s.find_longest_match())
s2 = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s2.get_matching_blocks(), s2.get_opcodes())
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))

old = """line one
line two
line three
line four
line five
line six
line seven
line eight
line nine
line ten
""".splitlines(keepends=True)
new = old[:]
new[1] = "line 2\n"
new.insert(5, "inserted line\n")
del new[9]
print("".join(difflib.unified_diff(old, new, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.unified_diff(old, new, n=1, fromfiledate="2020", tofiledate="2021")), end="")
print("".join(difflib.context_diff(old, new, fromfile="a.txt", tofile="b.txt")), end="")
for line in difflib.unified_diff(["x", "y"], ["x", "z"], lineterm=""):
    print(line)

text1 = ["one\n", "two\n", "three\n", "\tindented tab\n"]
text2 = ["ore\n", "tree\n", "emu\n", "\tindented tap\n"]
diff = list(difflib.ndiff(text1, text2))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
print(list(difflib.ndiff(["abcdefghij\n"], ["abcdefghij\n", "new\n"])))
print(list(difflib.Differ().compare(["same\n", "different line here\n"], ["same\n", "different lines here!\n"])))
print(list(difflib.ndiff(["aaa", "bbb"], ["xyz", "bbb", "ccc"])))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "where", "whale", "weal"], n=2))
print(difflib.get_close_matches("xyz", ["abc"]), difflib.get_close_matches("accept", ["access", "except", "accent"], cutoff=0.5))
try:
    difflib.get_close_matches("a", ["a"], n=0)
except ValueError as e:
    print(e)
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))

long_a = ["x"] * 300 + ["a", "b"]
long_b = ["x"] * 250 + ["a", "c", "b"]
sm = difflib.SequenceMatcher(None, long_a, long_b)
print(sm.bpopular, sm.get_opcodes())
sm = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(sm.get_opcodes())
for line in difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"f1", b"f2"):
    print(line)
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
