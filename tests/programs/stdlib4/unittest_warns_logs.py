import unittest, warnings, logging
class T(unittest.TestCase):
    def test_w1(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn("hey")
        print(cm.warning, cm.filename.endswith('.py'), cm.lineno, type(cm.warnings), len(cm.warnings))
    def test_w2(self):
        with self.assertWarns(UserWarning): pass
    def test_w3(self):
        self.assertWarns(DeprecationWarning, lambda: None)
    def test_w4(self):
        with self.assertWarnsRegex(UserWarning, "abc"):
            warnings.warn("xyz")
    def test_w5(self):
        with self.assertWarns((UserWarning, DeprecationWarning), msg="mm"): pass
    def test_l1(self):
        with self.assertLogs() as cm:
            logging.warning("root %d", 5)
        print(cm.output, cm.records[0].levelname, repr(cm)[:20])
    def test_l2(self):
        with self.assertLogs(level='DEBUG') as cm:
            pass
    def test_l3(self):
        with self.assertNoLogs('x', level=logging.ERROR):
            logging.getLogger('x').error("bad %s", "thing")
    def test_l4(self):
        lg = logging.getLogger('y')
        with self.assertLogs(lg, 'ERROR'):
            lg.warning("no")
    def test_l5(self):
        with self.assertNoLogs():
            logging.getLogger('q').debug("x")
    def test_r(self):
        self.assertRaises(5)
    def test_r2(self):
        with self.assertRaises(ValueError, msg="boom"): pass
    def test_r3(self):
        self.assertRaises(ValueError, int, '5')
    def test_r4(self):
        with self.assertRaisesRegex(ValueError, "x\\d"):
            raise ValueError("abc")
import _ut
_ut.run(["prog", "-v"])
print(logging.getLogger().handlers, logging.getLogger('x').propagate)
