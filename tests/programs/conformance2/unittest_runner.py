# unittest: suites, subTest, skips, expected failures, cleanups, verbose runner, main(exit=False).
import io, re
import unittest

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class FibTest(unittest.TestCase):
    def test_small(self):
        """Small values."""
        for n, want in [(0, 0), (1, 1), (10, 55)]:
            with self.subTest(n=n):
                self.assertEqual(fib(n), want)
    def test_type(self):
        self.assertIsInstance(fib(5), int)

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

class Cleanup(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup ran")
    def test_ok(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
    @unittest.skipIf(True, "condition")
    def test_cond(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        raise ValueError

suite = unittest.TestSuite()
suite.addTest(FibTest("test_small"))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Cleanup))
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(re.sub(r"in [0-9.]+s", "in Xs", buf.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful(), len(result.expectedFailures))
print(FibTest("test_small").id(), str(FibTest("test_type")), repr(FibTest("test_type")), FibTest("test_small").shortDescription())
try:
    FibTest("nope")
except ValueError as e:
    print("ValueError", e)
buf = io.StringIO()
prog = unittest.main(exit=False, verbosity=2, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
print(re.sub(r"in [0-9.]+s", "in Xs", buf.getvalue()))
print(prog.result.testsRun, prog.result.wasSuccessful())
buf = io.StringIO()
try:
    unittest.main(argv=["prog", "FibTest"], testRunner=unittest.TextTestRunner(stream=buf))
except SystemExit as e:
    print("exit", e.code)
print(re.sub(r"in [0-9.]+s", "in Xs", buf.getvalue()))
