import unittest, io, sys
class Calc:
    def div(self, a, b): return a / b
class TestCalc(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print('setUpClass')
    @classmethod
    def tearDownClass(cls): print('tearDownClass')
    def setUp(self): self.c = Calc()
    def tearDown(self): pass
    def test_div(self): self.assertEqual(self.c.div(6, 3), 2)
    def test_zero(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.c.div(1, 0)
        self.assertIn('division', str(cm.exception))
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r'invalid literal'):
            int('x')
    def test_almost(self): self.assertAlmostEqual(0.1 + 0.2, 0.3)
    def test_fail_eq(self): self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_dict(self): self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_fail_in(self): self.assertIn(5, [1, 2])
    def test_fail_true(self): self.assertTrue(0, 'custom message')
    def test_fail_almost(self): self.assertAlmostEqual(1.0, 1.1, places=3)
    def test_fail_str(self): self.assertEqual('hello\nworld\n', 'hello\nWorld\n')
    def test_error(self): {}['missing']
    @unittest.skip('not today')
    def test_skipped(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_xpass(self): pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_misc(self):
        self.assertIsNone(None); self.assertIsInstance(1, int); self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(2, 1); self.assertRegex('abc', 'b'); self.assertNotEqual(1, 2); self.assertSequenceEqual((1,), [1])
    def test_fail_count(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_fail_greater(self): self.assertGreater(1, 2)
    def test_fail_isinstance(self): self.assertIsInstance('s', int)
    def test_fail_raises(self):
        with self.assertRaises(KeyError):
            pass
    def test_fail_tuple(self): self.assertTupleEqual((1, 2), (1, 2, 3))
    def test_fail_set(self): self.assertSetEqual({1, 2}, {2, 3})
    def test_fail_is(self): self.assertIs([], None)
    def test_fail_multiline_list(self): self.assertEqual(list(range(30)), list(range(29)) + [99])
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(TestCalc))
import re
out = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Xs', stream.getvalue())
out = re.sub(r'File ".*?([^/"]+\.py)"', r'File "\1"', out)
print(out)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
class TestBroken(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise RuntimeError('no fixture')
    def test_never(self): pass
class TestQuiet(unittest.TestCase):
    def test_sub(self):
        for c in 'ab':
            with self.subTest(c):
                self.assertEqual(c, 'a')
    def test_ok(self):
        """Docstring first line.

        More."""
        self.assertTrue(True)
    def runTest(self): pass
for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(TestQuiet), unittest.defaultTestLoader.loadTestsFromTestCase(TestBroken)])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    out = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Xs', stream.getvalue())
    print(re.sub(r'File ".*?([^/"]+\.py)"', r'File "\1"', out))
    print(result)
print(repr(unittest.TestSuite()), unittest.TestCase.__module__, unittest.SkipTest.__module__)
class T2(unittest.TestCase):
    def test_skip_raise(self): raise unittest.SkipTest('raised skip')
    def test_skip_in(self): self.skipTest('inline')
r = unittest.TestResult(); unittest.defaultTestLoader.loadTestsFromTestCase(T2).run(r); print(r, r.skipped[0][1], [str(t) for t, _ in r.skipped])
print(unittest.defaultTestLoader.loadTestsFromTestCase(T2), repr(T2('test_skip_in')))
