import unittest

class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self):
        if not self.items: raise IndexError("pop from empty stack")
        return self.items.pop()

class TestStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    def setUp(self): self.s = Stack()
    def tearDown(self): del self.s
    def test_push_pop(self):
        self.s.push(1); self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])
    def test_dict_diff(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_str_diff(self):
        self.assertEqual("hello world\nline two\n", "hello world\nline 2\n")
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.1, places=3)
    def test_subtest(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    @unittest.skip("demo skip")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_xpass(self): pass
    def test_error(self): {}["missing"]
    def test_tuple(self): self.assertEqual((1, "a"), (1, "b"), msg="custom")
    def test_in(self): self.assertIn(3, [1, 2])
    def test_raises_nothing(self):
        with self.assertRaises(ValueError): pass
    def test_is_none(self): self.assertIsNone(0)
    def test_count(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_set(self): self.assertEqual({1, 2}, {2, 3})
    def test_long_list(self): self.assertEqual(list(range(30)), list(range(1, 31)))

if __name__ == "__main__":
    import _ut
    _ut.run(["prog"])
