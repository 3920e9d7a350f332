print("{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159), "{:,}".format(10**9))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("s", "s", "ü"), "{:%}".format(0.25), "{:x}".format(255))
print("{{}} {}".format(7), "{:{w}}|".format("ab", w=5), "{:.{p}f}".format(2.71828, p=2))
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print("{:abc}".format(P()), format(P(), "xyz"), f"{P():q}")
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print(format("abc", "5"), format(12, "b"), format(True, "d"), format(None, ""), format([1], ""))
