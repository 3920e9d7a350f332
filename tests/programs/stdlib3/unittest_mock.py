from unittest.mock import Mock, MagicMock, call, ANY, patch, sentinel, DEFAULT, mock_open, PropertyMock
import unittest.mock as um
m = Mock()
def t(f):
    try:
        f()
        print('passed')
    except AssertionError as e:
        print(repr(str(e)))
t(lambda: m.assert_called_with(1))
t(lambda: m.assert_called())
t(lambda: m.assert_called_once())
m(1, b=2)
t(lambda: m.assert_called_with(2))
t(lambda: m.assert_called_with(1, b=2))
t(lambda: m.assert_called_once_with(1))
t(lambda: m.assert_not_called())
m(3)
t(lambda: m.assert_called_once())
t(lambda: m.assert_any_call(9))
t(lambda: m.assert_any_call(1, b=2))
t(lambda: m.assert_has_calls([call(3), call(1, b=2)]))
t(lambda: m.assert_has_calls([call(1, b=2), call(3)]))
t(lambda: m.assert_has_calls([call(3), call(1, b=2)], any_order=True))
m.foo.bar(5)
print(m.mock_calls, m.method_calls, m.call_args, m.call_args.args, m.call_args.kwargs, m.call_args_list, m.call_count, m.called)
t(lambda: m.foo.bar.assert_called_with(6))
n = Mock(name='named'); t(lambda: n.x.assert_called_with())
print(call(1) == call(1), call(1) == ANY, ANY, call.foo(1), call(1, x=2), repr(call), call.a.b(2), call().x(1))
mm = MagicMock(); print(len(mm), list(mm), bool(mm), 3 in mm, int(mm), mm[1] is mm[2], mm.__len__.return_value, float(mm), complex(mm))
mm.__len__.return_value = 7; print(len(mm))
mm.__iter__.return_value = [1, 2]; print(list(mm), list(mm))
mm.__getitem__.side_effect = lambda k: k * 2; print(mm[21])
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
rv = Mock(return_value=42); print(rv(), rv(1, 2), rv.call_count)
se = Mock(side_effect=[1, 2, ValueError('third')]); print(se(), se())
try:
    se()
except ValueError as e:
    print('raised', e)
try:
    se()
except StopIteration:
    print('StopIteration')
ex = Mock(side_effect=KeyError('k'))
try:
    ex()
except KeyError as e:
    print('KeyError', e)
fn = Mock(side_effect=lambda x: x + 1); print(fn(1), fn.call_args)
dflt = Mock(side_effect=lambda: DEFAULT, return_value=9); print(dflt())
chain = Mock(); chain.a.b.c.return_value = 'deep'; print(chain.a.b.c(), chain.mock_calls)
chain2 = Mock(); chain2().x(1); chain2.return_value.y.z(); print(chain2.mock_calls, chain2.method_calls)
cfg = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError}); print(cfg.method())
class Real:
    def method(self, a): return a
    attr = 1
spec = Mock(spec=Real); print(spec.method(1).__class__.__name__, spec.__class__.__name__)
try:
    spec.missing
except AttributeError as e:
    print(e)
try:
    m.assert_called_twice()
except AttributeError as e:
    print(e)
w = Mock(wraps=Real()); print(w.method(5), w.method.call_args)
m.reset_mock(); print(m.call_count, m.mock_calls, m.called)
print(sentinel.foo is sentinel.foo, sentinel.foo, DEFAULT)
import os.path
with patch('os.path.exists', return_value=True) as fake:
    print(os.path.exists('/nope'), fake.call_args)
print(os.path.exists('/definitely/not/here/x'))
@patch('os.path.isdir')
@patch('os.path.isfile', return_value=False)
def check(mock_isfile, mock_isdir):
    mock_isdir.return_value = 'dir!'
    return os.path.isfile('x'), os.path.isdir('y'), type(mock_isfile).__name__
print(check(), os.path.isfile.__name__)
with patch.object(Real, 'method', return_value='patched') as pm:
    print(Real().method(1), pm.call_count)
print(Real().method(2))
conf = {'a': 1}
with patch.dict(conf, {'b': 2}, clear=True):
    print(conf)
print(conf)
@patch.dict(conf, a=5)
def readconf(): return dict(conf)
print(readconf(), conf)
with patch('builtins.open', mock_open(read_data='line1\nline2\n')) as mo:
    with open('anything.txt') as fh:
        print(fh.read())
    print(mo.call_args)
with patch('builtins.open', mock_open(read_data='a\nb\n')):
    with open('f') as fh:
        print(fh.readlines())
    with open('f') as fh:
        print([l for l in fh])
p = patch('os.path.basename', return_value='/fake'); started = p.start(); print(os.path.basename('x/y')); p.stop(); print(os.path.basename('x/y'))
class Thing:
    @property
    def size(self): return 1
with patch.object(Thing, 'size', new_callable=PropertyMock) as ps:
    ps.return_value = 99
    print(Thing().size, ps.call_count)
print(Thing().size)
sm = Mock(); sm.child = Mock(); sm.child(1); print(sm.mock_calls)
mc = MagicMock(); mc.__str__.return_value = 'custom'; print(str(mc))
mc2 = MagicMock(); mc2.x.y = 3; print(mc2.x.y, mc2 == mc2, mc2 != MagicMock(), mc2 < 1 if False else '')
print(isinstance(MagicMock(), Mock), isinstance(Mock(), MagicMock), callable(um.NonCallableMock()))
print(str(MagicMock()).startswith('<MagicMock id='), str(MagicMock(name='nm')).startswith("<MagicMock name='nm' id="), repr(Mock(name='x').y()).split(' id=')[0])
