# printf-style formatting with tuples, dicts, '*' widths and its errors.
print("%s is %d years, %.2f m" % ("Bob", 42, 1.8))
print("%(name)s has %(n)03d items" % {"name": "Al", "n": 7})
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%r %a %c %c" % ("x", "é", 65, "z"))
print("%5s|%-5s|%05.1f|%+d|% d" % ("ab", "cd", 2.25, 3, 4))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 1234.5, 0.001, 1e-10, 1e10))
print("%i %u" % (3.9, -2.1))
print("100%% done" % ())
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), [3]))
print(b"%s %d %x" % (b"ab", 5, 255))
for fmt, args in [("%5%", ()), ("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)),
                  ("%(a)s %s", {"a": 1}), ("%z", 1), ("%c", 1.5), ("%c", "ab"),
                  ("%(a", {"a": 1}), ("%d", None), ("%*d", ("a", 1)), ("%s %(x)s", (1,)),
                  ("%", ()), ("%.f", 2.5), ("%x", 2.0), ("%c", 0x110000)]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%-10s|" % "left", "%10.3s|" % "truncate")
print("%.3s" % "abcdef", "%.0s|" % "x")
print("%s" % {"a": 1}, "%(a)s" % {"a": 1})
print("%d%%" % 50)
print("%#.3g %#x %#X" % (1.0, 0, 10))
print("%.2f %.2f %.2f" % (0.125, 0.375, 2.675))
print("%10.4e|%-12.3E|" % (123456.789, 0.00012))
print("%s" % True, "%d" % True, "%r" % None)
