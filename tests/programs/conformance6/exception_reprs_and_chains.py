# Exceptions: chaining, context, custom __str__, OSError subclass mapping, except*, assert messages, and an uncaught IndexError.
import traceback
def a(): b()
def b(): c()
def c(): raise KeyError('missing')
try: a()
except KeyError: traceback.print_exc()
try:
    try: 1 / 0
    except ZeroDivisionError as e: raise ValueError('wrapped') from e
except ValueError: traceback.print_exc()
try:
    try: {}['x']
    except KeyError: raise TypeError('during')
except TypeError as e: print(repr(e.__context__), e.__suppress_context__, e.__cause__)
def gen():
    yield 1
    raise RuntimeError('in gen')
try: list(gen())
except RuntimeError: traceback.print_exc()
class E(Exception):
    def __str__(self): return 'custom str'
try: raise E(1, 2)
except E as e: print(e, repr(e), e.args)
print(repr(KeyError('a')), str(KeyError('a')), str(KeyError()), str(KeyError('a', 'b')), repr(OSError(2, 'No such file')), str(OSError(2, 'nf', 'file.txt')))
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), repr(StopIteration(5).value), SystemExit(3).code, str(SyntaxError('msg', ('f.py', 1, 2, 'x y', 1, 3))))
try: raise ExceptionGroup('grp', [ValueError(1), TypeError(2)])
except* ValueError as eg: print('vals', eg.exceptions)
except* TypeError as eg: print('types', eg.exceptions)
def f(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
try: f(-1)
except AssertionError as e: print('AssertionError', e)
try: f.__call__(1, 2)
except TypeError as e: print(e)
import sys
def outer():
    try: raise ValueError('inner')
    except ValueError:
        return sys.exc_info()[0].__name__
print(outer(), sys.exc_info())
try:
    raise ValueError('x')
except ValueError as err:
    pass
try: err
except NameError as e: print(e)
def lastline():
    x = [1, 2, 3]
    return x[5]
lastline()
