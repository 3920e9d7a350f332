# str % args and str + str as the vm's BINARY_OP fast paths run them, next to
# what must still go the generic way: str subclasses with __radd__/__rmod__,
# bytes % (whose %s and %d differ), mappings, and the errors.


class S(str):
    def __rmod__(self, other):
        return "S.__rmod__(%r)" % (other,)

    def __radd__(self, other):
        return "S.__radd__(" + other + ")"


class Plain(str):
    pass


print("%s=%d" % ("a", 5), "%s" % 5, "%d" % -7, "%s|%s" % (1, "x"), "%d%%" % 50, "%s" % (2 ** 70,), "%d" % 2 ** 64)
print("%s" % True, "%d" % True, "%s" % 1.5, "%d" % 2.7, "%s" % None, "%s" % [1, "a"], "%s" % ((1, 2),))
print("%5s|%-5d|%05d|%.2s|%x|%r|%a" % ("ab", 3, -4, "xyz", 255, "q", "\u00e9"))
print("%(a)s %(b)d" % {"a": "A", "b": 2}, "%s" % {"k": 1}, "no fields" % (), "%s" % "\U0001F600")
print("x" % S("y"), "x" + S("y"), "%s" % Plain("p"), "a" + Plain("b"), type("a" + Plain("b")))
print(b"%s %d" % (b"x", 5), b"%s" % bytearray(b"y"))
for bad in [lambda: b"%s" % "x", lambda: b"%s" % 5, lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
            lambda: "%d" % None, lambda: "%" % (), lambda: "%z" % 1, lambda: "a" + 1, lambda: "a" % 1]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = ""
for i in range(5):
    s += str(i)
    s = s + "-"
print(s, "a" "b" + "c", "" + "")
