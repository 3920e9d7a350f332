import unittest, sys

def fib(n):
    """Return the nth Fibonacci number.

    >>> fib(10)
    55
    >>> [fib(i) for i in range(8)]
    [0, 1, 1, 2, 3, 5, 8, 13]
    >>> fib(-1)
    Traceback (most recent call last):
        ...
    ValueError: negative
    """
    if n < 0: raise ValueError("negative")
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a

class A(unittest.TestCase):
    def test_fib(self):
        self.assertEqual(fib(20), 6765)
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_regex(self):
        self.assertRegex("abc123", r"^\d+$")
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "posit"):
            fib(-3)
    def test_multiline(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_seq(self):
        self.assertSequenceEqual([1, 2], (1, 2, 3))
    def test_isinstance(self):
        self.assertIsInstance("x", int)
    def test_not_equal(self):
        self.assertNotEqual(3, 3)
    def test_almost_delta(self):
        self.assertAlmostEqual(10, 12, delta=1)
    def test_dict_contains(self):
        self.assertDictEqual({'x': [1, 2], 'y': 'long string value ' * 3}, {'x': [1, 3], 'y': 'long string value ' * 3})
    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)
    def test_logs(self):
        import logging
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
        self.assertEqual(cm.output, ['INFO:foo:first message', 'ERROR:foo.bar:second message'])
    def test_no_logs(self):
        import logging
        with self.assertLogs('foo', level='INFO'):
            pass

class B(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup B")
    def test_skip_if(self):
        if sys.version_info >= (3, 0):
            self.skipTest("py3")
    @unittest.skipIf(True, "always")
    def test_a(self): pass
    @unittest.skipUnless(False, "never")
    def test_b(self): pass

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    import _ut
    _ut.run(["prog"], verbosity=2)
