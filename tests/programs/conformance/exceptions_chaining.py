# Exception chaining: __cause__, __context__, suppression, re-raise,
# custom exception hierarchies, finally ordering, args and str().
class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(f'{table}: {msg}')
        self.table = table


def load():
    try:
        {}['missing']
    except KeyError as e:
        raise DbError('users', 'lookup failed') from e


try:
    load()
except AppError as e:
    print(type(e).__name__, e, e.table, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        int('x')
    except ValueError:
        raise TypeError('no context') from None
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def order():
    try:
        print('try')
        return 'returned'
    finally:
        print('finally')


print(order())


def swallow():
    try:
        raise RuntimeError('lost')
    finally:
        return 'finally wins'


print(swallow())
for args in [(), ('one',), ('a', 2)]:
    e = Exception(*args)
    print(repr(e), str(e), e.args, len(e.args))
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), repr(OSError(2, 'No such file')), str(OSError(2, 'No such file')))
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise
except ValueError as e:
    print('re-raised', e)
try:
    raise AppError
except AppError as e:
    print('class raised', repr(e))
e = None
try:
    raise KeyError('x')
except KeyError as e:
    pass
try:
    e
except NameError as err:
    print('NameError:', err)
print(issubclass(DbError, Exception), DbError.__mro__[1:3], isinstance(ZeroDivisionError(), ArithmeticError))
try:
    raise ExceptionGroup('group', [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print('got', eg.exceptions)
except* TypeError as eg:
    print('got', eg.exceptions)
