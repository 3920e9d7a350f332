import unittest, io, re
from unittest import mock
from unittest.mock import patch, MagicMock, call
class Service:
    def fetch(self, key): raise RuntimeError('network')
    def process(self, key): return self.fetch(key).upper()
def notify(send, users):
    for u in users:
        send(u, subject='hi')
    return len(users)
@patch.object(Service, 'fetch', return_value='value')
class TestService(unittest.TestCase):
    def test_process(self, fake_fetch):
        self.assertEqual(Service().process('k'), 'VALUE')
        fake_fetch.assert_called_once_with('k')
    def test_twice(self, fake_fetch):
        s = Service(); s.process('a'); s.process('b')
        self.assertEqual(fake_fetch.call_args_list, [call('a'), call('b')])
        fake_fetch.assert_called_with('a')
class TestNotify(unittest.TestCase):
    def test_notify(self):
        send = MagicMock()
        self.assertEqual(notify(send, ['a', 'b']), 2)
        send.assert_has_calls([call('a', subject='hi'), call('b', subject='hi')])
    def test_side(self):
        with patch.object(Service, 'fetch', side_effect=KeyError('gone')):
            with self.assertRaises(KeyError):
                Service().process('x')
    def test_not_called(self):
        send = mock.Mock()
        notify(send, [])
        send.assert_not_called()
        send('x')
        send.assert_not_called()
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in (TestService, TestNotify)]))
out = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Xs', stream.getvalue())
out = re.sub(r'File ".*?([^/"]+\.py)", line \d+', r'File "\1"', out)
print('\n'.join(l for l in out.splitlines() if 'mock.py' not in l and 'raise AssertionError' not in l and '^^^' not in l))
print(res.testsRun, len(res.failures))
