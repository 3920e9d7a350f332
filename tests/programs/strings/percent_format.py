print("%s and %r" % ("str", "repr"), "%5s|%-5s|" % ("a", "b"), "%c%c" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%%" % (), "%.2s" % "abcdef")
print("%3d|%-3d|%03d|%+.1f|%.0f|%e" % (5, 5, 5, 2.25, 2.5, 0.000123))
print("%x %#x %o %#o %X" % (255, 255, 8, 8, 255), "%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (3, 3.14159))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
print(b"%s-%d" % (b"ab", 5))
