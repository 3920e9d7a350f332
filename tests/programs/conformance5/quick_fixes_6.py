# A __notes__ that is not a sequence is written as its repr with no newline
# after it (CPython 3.11), by the traceback module and for an uncaught error.
import sys
import traceback


def relative(text):
    # Expected output must not depend on where the checkout lives.
    return text.replace(__file__, 'quick_fixes_6.py')


e = ValueError('boom')
e.__notes__ = 5
print(traceback.format_exception_only(e))
print(repr(''.join(traceback.format_exception(e))))

class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')

e.__notes__ = BadRepr()
print(traceback.format_exception_only(e))
e.__notes__ = None
print(traceback.format_exception_only(e))

f = TypeError('t')
f.__notes__ = ['n1', 'n2\nn3']
print(traceback.format_exception_only(f))
s = SyntaxError('bad', ('f.py', 1, 2, 'xy', 1, 3))
s.__notes__ = 9
print(traceback.format_exception_only(s))

try:
    try:
        e.__notes__ = 5
        raise e
    except ValueError as x:
        raise KeyError('k') from x
except KeyError:
    print(relative(traceback.format_exc()), end='')

g = ExceptionGroup('grp', [e, f])
g.__notes__ = 7
print(repr(relative(''.join(traceback.format_exception(g)))))
sys.stdout.flush()
raise KeyError('outer') from g
