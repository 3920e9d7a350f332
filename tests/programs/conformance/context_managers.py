# with statements: __enter__/__exit__ order, exception suppression, nested
# and multiple managers, contextlib helpers, exceptions inside __exit__.
import contextlib


class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tracker('a') as t:
    print('body', t.name)
with Tracker('outer'), Tracker('inner') as inner:
    print('both', inner.name)
with Tracker('quiet', suppress=True):
    raise ValueError('swallowed')
print('after suppress')
try:
    with Tracker('loud'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))


def early():
    with Tracker('ret'):
        return 'returned inside with'


print(early())
for i in range(3):
    with Tracker(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)


@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except ZeroDivisionError:
        print('handled division')
    finally:
        print(f'</{name}>')


with tag('p') as value:
    print('inside', value)
with tag('div'):
    1 / 0
print('continues')
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with contextlib.ExitStack() as stack:
    for n in ['x', 'y']:
        stack.enter_context(Tracker(n))
    stack.callback(print, 'callback ran')
    print('stack body')
with contextlib.nullcontext(42) as v:
    print('nullcontext', v)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError('exit failed')


try:
    with BadExit():
        raise ValueError('original')
except RuntimeError as e:
    print('RuntimeError:', e, '| context:', repr(e.__context__))
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
