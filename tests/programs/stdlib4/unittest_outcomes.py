import unittest
class A(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_setup_fails": raise RuntimeError("setup broke")
        if self._testMethodName == "test_setup_skips": self.skipTest("not now")
    def tearDown(self):
        if self._testMethodName == "test_teardown_fails": raise KeyError("td")
    def test_setup_fails(self): pass
    def test_setup_skips(self): pass
    def test_teardown_fails(self): pass
    def test_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(print, "second cleanup runs first")
    def test_sub_skip(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1: self.skipTest("skip one")
                self.assertLess(i, 2)
    def test_fail_and_error_sub(self):
        with self.subTest("named"):
            raise ValueError("in sub")
        self.fail("after")
@unittest.skip("whole class")
class B(unittest.TestCase):
    def test_x(self): pass
class C(unittest.TestCase):
    @unittest.expectedFailure
    def test_xf_sub(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
    def test_long_msg(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only mine")
    def test_maxdiff(self):
        self.maxDiff = None
        self.assertEqual("a\n" * 3, "a\nb\na\n")
    def test_dict_in(self):
        self.assertDictEqual({"a": [1] * 30}, {"a": [1] * 29 + [2]})
import _ut
_ut.run(["prog", "-v"])
