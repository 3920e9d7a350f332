import unittest, sys

log = []
def setUpModule():
    print("setUpModule")
    unittest.addModuleCleanup(print, "module cleanup")
def tearDownModule():
    print("tearDownModule")

class Res:
    def __enter__(self): print("enter res"); return 42
    def __exit__(self, *a): print("exit res")

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("A.setUpClass")
        cls.addClassCleanup(print, "class cleanup A")
        cls.r = cls.enterClassContext(Res())
    @classmethod
    def tearDownClass(cls): print("A.tearDownClass")
    def test_1(self):
        v = self.enterContext(Res())
        print("test_1", v, self.r)
    def test_2_out(self):
        print("printed in test_2")
        sys.stderr.write("err in test_2\n")
        self.assertEqual(1, 2)
    def test_3(self):
        print("quiet ok")

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("B setup broken")
    @classmethod
    def tearDownClass(cls): print("B.tearDownClass")
    def test_x(self): pass

class C(unittest.TestCase):
    def test_a(self): self.fail("first")
    def test_b(self): print("C.test_b ran")

import _ut
for args in (['prog'], ['prog', '-b'], ['prog', '-f'], ['prog', '-k', 'test_1', '-v'], ['prog', '-k', 'C', '-q'],
             ['prog', 'C.test_b', '-v'], ['prog', 'nosuch'], ['prog', 'A.nosuch'], ['prog', '--bogus'], ['prog', '-h']):
    print("==", args)
    _ut.run(args)
