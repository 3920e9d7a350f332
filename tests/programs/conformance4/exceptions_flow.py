# Exceptions: notes, chaining, context, finally overriding, groups, except*
import sys
def finally_wins():
    try:
        return 'try'
    finally:
        return 'finally'
def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return 'swallowed'
print(finally_wins(), finally_swallows())

def ctx():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    ctx()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

e = ValueError('base')
e.add_note('note one')
e.add_note('note two')
print(e.__notes__, str(e), e.args)
try:
    e.add_note(5)
except TypeError as x:
    print(type(x).__name__, x)

eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda x: isinstance(x, TypeError))))
try:
    raise eg
except* ValueError as g:
    print('caught values', [str(x) for x in g.exceptions])
except* TypeError as g:
    print('caught types', repr(g))
try:
    ExceptionGroup('x', [])
except ValueError as x:
    print(type(x).__name__, x)
try:
    ExceptionGroup('x', [1])
except ValueError as x:
    print(type(x).__name__, x)
print(type(ExceptionGroup('x', [KeyboardInterrupt()]) if False else BaseExceptionGroup('x', [ValueError()])).__name__)

def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen_cleanup(); print(next(g)); g.close(); print(list(g))

class E(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
    def __str__(self):
        return f'E<{self.code}>'
try:
    raise E(7)
except Exception as x:
    print(x, repr(x), x.args, x.code)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)))
print(str(OSError(2, 'No such file')), OSError(2, 'x').errno, repr(OSError('a')))
print(type(OSError(2, 'x', 'f')).__name__, str(OSError(2, 'x', 'f')), str(FileNotFoundError(2, 'nf', 'p')))
print(isinstance(OSError(2, 'x'), FileNotFoundError), type(OSError(13, 'x')).__name__)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), str(StopIteration(5)), StopIteration(5).value)
print(repr(SystemExit(3).code), repr(SyntaxError('m', ('f.py', 2, 3, 'x = (', 2, 4))))
print(BaseException().args, repr(Exception('a', 'b')), str(Exception('a', 'b')), str(Exception()))
try:
    raise TypeError
except TypeError as x:
    print(repr(x), x.__traceback__ is not None)
x = 'kept'
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as n:
    print(type(n).__name__, n)
def reraise():
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            raise
        finally:
            print('exc_info', sys.exc_info()[0].__name__)
try:
    reraise()
except KeyError as k:
    print('outer got', repr(k))
print(sys.exc_info())
