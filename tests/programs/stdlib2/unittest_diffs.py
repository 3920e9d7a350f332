# The failure messages of unittest's equality asserts: diffs of lists, tuples,
# dicts, sets and multi-line strings, shortened reprs and maxDiff.
import unittest


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __repr__(self):
        return f"Point({self.x})"


def message(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        return str(e)
    return "no failure"


class T(unittest.TestCase):
    pass


t = T()
cases = [
    (t.assertEqual, [1, 2, 3], [1, 2, 4]),
    (t.assertEqual, [1, 2, 3], [1, 2]),
    (t.assertEqual, [1, 2], [1, 2, 3, 4]),
    (t.assertEqual, (1, "a"), (1, "b")),
    (t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}),
    (t.assertEqual, {1, 2, 3}, {2, 3, 4}),
    (t.assertEqual, frozenset([1]), frozenset()),
    (t.assertEqual, "hello world", "hello there"),
    (t.assertEqual, "line one\nline two\nline three\n", "line one\nline 2\nline three\n"),
    (t.assertEqual, "a" * 100, "a" * 99 + "b"),
    (t.assertEqual, list(range(50)), list(range(49)) + [99]),
    (t.assertEqual, 1, 2),
    (t.assertEqual, 1, "1"),
    (t.assertEqual, [Point(1)], [Point(2)]),
    (t.assertEqual, {"k": list(range(30))}, {"k": list(range(31))}),
    (t.assertListEqual, [1], (1,)),
    (t.assertTupleEqual, (1,), [1]),
    (t.assertSequenceEqual, [1, 2], (1, 3)),
    (t.assertSequenceEqual, [1, 2], (1, 2)),
    (t.assertDictEqual, {}, []),
    (t.assertSetEqual, {1}, 5),
    (t.assertMultiLineEqual, "x", 5),
    (t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3]),
    (t.assertCountEqual, [[1], [2]], [[2], [3]]),
    (t.assertCountEqual, "abc", "cba"),
    (t.assertEqual, "x" * 200 + "A" + "y" * 100, "x" * 200 + "B" + "y" * 100),
    (t.assertEqual, "short" + "z" * 90, "other" + "z" * 90),
]
for fn, a, b in cases:
    print(fn.__name__, "->")
    print(message(fn, a, b))
    print("-" * 20)

print(message(t.assertEqual, [1, 2], [1, 3], msg="custom note"))
t.longMessage = False
print(message(t.assertEqual, [1, 2], [1, 3], msg="only custom"))
t.longMessage = True
t.maxDiff = 20
print(message(t.assertEqual, list(range(10)), list(range(1, 11))))
t.maxDiff = None
print(message(t.assertEqual, "\n".join(map(str, range(30))), "\n".join(map(str, range(1, 31)))))


def compare_points(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or f"points differ: {a.x} vs {b.x}")


t.addTypeEqualityFunc(Point, compare_points)
print(message(t.assertEqual, Point(1), Point(2)))
