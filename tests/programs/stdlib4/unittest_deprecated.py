import unittest
class T(unittest.TestCase):
    def test_a(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
    def test_b(self):
        self.assertNotEquals(1, 2)
        self.failUnless(True)
        self.assertRegexpMatches("abc", "b")
        self.assertAlmostEquals(1.0, 1.0)
    def test_c(self):
        self.assertEquals(1, 1)
        self.assert_(True)
        self.failIf(False)
        with self.assertRaisesRegexp(ValueError, "x"):
            raise ValueError("x")
import _ut
_ut.run(["prog"], verbosity=2)
import warnings
warnings.filterwarnings("ignore", message=r"skip.*me")
warnings.filterwarnings("error", message="boom")
warnings.filterwarnings("ignore", module="__ma")
warnings.warn("please skip this me")
try:
    warnings.warn("BOOM now")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", module=r"__main__$")
warnings.warn("hidden")
warnings.resetwarnings()
warnings.filterwarnings("always", message="[0-9]+ items")
for i in range(2):
    warnings.warn("3 items")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x", DeprecationWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
