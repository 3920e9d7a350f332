# unittest.main() on failing tests: the reports, the assert messages and exit status 1.
import time
import unittest

# A fixed clock keeps the runner's 'Ran N tests in 0.000s' line the same on every run.
time.perf_counter = lambda: 0.0

class Calculator:
    def add(self, a, b):
        return a + b
    def div(self, a, b):
        return a / b

class TestCalculator(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.calc = Calculator()
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_add(self):
        """Adding works."""
        self.assertEqual(self.calc.add(2, 3), 5)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIn(3, [1, 2, 3])
        self.assertIsInstance(self.calc, Calculator)
        self.assertTrue([1])
        self.assertIsNone(None)
    def test_div_zero(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.calc.div(1, 0)
        print("caught:", cm.exception)
        self.assertRaises(TypeError, self.calc.add, 1, "x")
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)
    def test_failure(self):
        self.assertEqual([1, 2], [1, 3], "lists differ")
    def test_error(self):
        {}["missing"]

class TestMessages(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1, 2),
            lambda: self.assertNotEqual(1, 1),
            lambda: self.assertTrue(0),
            lambda: self.assertFalse("x"),
            lambda: self.assertIs(1, None),
            lambda: self.assertIsNot(None, None),
            lambda: self.assertIsNone(5),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIn("z", "abc"),
            lambda: self.assertNotIn(1, [1]),
            lambda: self.assertIsInstance(1, str),
            lambda: self.assertNotIsInstance(1, int),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertLess(2, 1),
            lambda: self.assertLessEqual(2, 1),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.1),
            lambda: self.assertNotAlmostEqual(1.0, 1.0),
            lambda: self.assertRegex("abc", "z+"),
            lambda: self.assertEqual(1, 2, msg="custom"),
            lambda: self.assertEqual((1,), (2,)),
            lambda: self.assertEqual({1: 2}, {1: 3}),
            lambda: self.fail("explicit"),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print(str(e).splitlines()[0])
        try:
            with self.assertRaises(KeyError):
                pass
        except AssertionError as e:
            print(e)
        try:
            self.assertRaises(KeyError, len, [])
        except AssertionError as e:
            print(e)

if __name__ == "__main__":
    unittest.main()
