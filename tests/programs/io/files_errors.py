# open()'s argument checking and the OSError subclasses it raises, with
# CPython's messages, errno and filename.
PATH = '/tmp/pvm_test_files_errors.txt'
with open(PATH, 'w') as f:
    f.write('x')
for mode in ['rw', 'rbt', 'z', 'r+b+', 'bb', '', 'wx']:
    try:
        open(PATH, mode)
    except ValueError as e:
        print(repr(mode), 'ValueError:', e)
for kwargs in [{'encoding': 'utf-8'}, {'newline': ''}, {'errors': 'strict'}]:
    try:
        open(PATH, 'rb', **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    open(PATH, newline='x')
except ValueError as e:
    print('ValueError:', e)
try:
    open(PATH, encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename, e.strerror)
    print(isinstance(e, OSError), e.args)
try:
    open('.')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(PATH, 'x')
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open('/tmp/no_such_dir_pvm/x.txt', 'w')
except OSError as e:
    print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print('TypeError:', e)
try:
    with open('missing.txt') as f:
        pass
except OSError as e:
    print('caught', type(e).__name__, e.errno)
open('missing.txt')
