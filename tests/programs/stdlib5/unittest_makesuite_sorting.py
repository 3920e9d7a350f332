import unittest, sys
class T(unittest.TestCase):
    def test_b(self): self.assertEqual(2, 2)
    def test_a(self): self.assertTrue(True)
    def test_c(self): self.assertIn(1, [1])
    def check_x(self): pass
suite = unittest.makeSuite(T)
print(suite.countTestCases(), [t._testMethodName for t in suite])
print(unittest.getTestCaseNames(T, 'check'), unittest.getTestCaseNames(T, 'test', sortUsing=lambda a, b: (a < b) - (a > b)))
loader = unittest.TestLoader(); loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print([t._testMethodName for t in loader.loadTestsFromTestCase(T)])
loader.sortTestMethodsUsing = None; print(loader.getTestCaseNames(T))
print(unittest.findTestCases(sys.modules[__name__]).countTestCases())
import io
out = io.StringIO()
r = unittest.TextTestRunner(stream=out, verbosity=2).run(unittest.makeSuite(T, prefix='test'))
print(r.wasSuccessful(), r.testsRun, [line for line in out.getvalue().splitlines() if not line.startswith('Ran ')])
print(sorted(n for n in unittest.__all__ if 'Suite' in n or 'Test' in n))
