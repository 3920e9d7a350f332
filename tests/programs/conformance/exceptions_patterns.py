# Exception handling patterns: except tuples and ordering, bare raise,
# re-raising with a new type, exceptions in finally, retries, else clauses,
# catching by base class, exception attributes and raise from a class.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
        self.problem = problem


def validate(record):
    if 'name' not in record:
        raise ValidationError('name', 'missing')
    if not isinstance(record.get('age'), int):
        raise ValidationError('age', f'expected int, got {type(record.get("age")).__name__}')
    if record['age'] < 0:
        raise ValueError('age must be non-negative')
    return True


for rec in [{'name': 'a', 'age': 3}, {}, {'name': 'b', 'age': '3'}, {'name': 'c', 'age': -1}]:
    try:
        validate(rec)
    except ValidationError as e:
        print('invalid field', e.field, '-', e.problem, '|', e, '|', e.args)
    except ValueError as e:
        print('value error', e)
    else:
        print('valid', rec)


def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 // 0
    if kind == 'type':
        return 'a' + 1
    return 'fine'


for kind in ['key', 'index', 'zero', 'type', 'ok']:
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, 'lookup', type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, 'arithmetic', type(e).__name__, e)
    except Exception as e:
        print(kind, 'other', type(e).__name__, e)
    else:
        print(kind, 'result', result)
attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f'attempt {attempts} failed')
    return 'connected'


for i in range(5):
    try:
        print(flaky(), 'after', attempts)
        break
    except ConnectionError as e:
        print('retry:', e)


def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f'cannot convert {s!r}') from None


try:
    convert('x')
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def cleanup_raises():
    try:
        raise ValueError('body')
    finally:
        try:
            raise KeyError('cleanup')
        except KeyError:
            print('cleanup error handled')


try:
    cleanup_raises()
except ValueError as e:
    print('body error survives:', e)
try:
    try:
        raise IndexError('first')
    except IndexError:
        print('handling first')
        raise
except IndexError as e:
    print('re-raised', e)
try:
    raise StopIteration(5)
except StopIteration as e:
    print('stop value', e.value)
errors = []
for exc_type in (ValueError, TypeError, KeyError, OSError):
    try:
        raise exc_type('boom')
    except (ValueError, TypeError) as e:
        errors.append(('vt', type(e).__name__))
    except LookupError as e:
        errors.append(('lookup', str(e)))
    except BaseException as e:
        errors.append(('base', repr(e)))
print(errors)
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args, str(e) == '')
