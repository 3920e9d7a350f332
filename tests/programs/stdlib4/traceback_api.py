import sys

class _WithoutFolder:
    """Prints what the program prints with the program's folder left out of
    file paths, so the output is the same in any checkout."""
    def __init__(self, out, folder):
        self.out, self.folder = out, folder
    def write(self, text):
        return self.out.write(text.replace(self.folder, ''))
    def flush(self):
        self.out.flush()

sys.stdout = _WithoutFolder(sys.stdout, __file__.rpartition('/')[0] + '/')
import traceback, sys

def inner(n):
    if n == 0:
        raise ValueError("deep\nsecond line")
    inner(n - 1)

def outer():
    try:
        inner(3)
    except ValueError as e:
        raise RuntimeError("wrapped") from e

try:
    outer()
except RuntimeError:
    print(traceback.format_exc(limit=2))
    print(traceback.format_exc(chain=False))
    print(traceback.format_exc(limit=-1))
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), lines[-1])
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    traceback.print_exc(limit=1, file=sys.stdout)
    e = sys.exc_info()[1]
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    print(traceback.format_tb(e.__cause__.__traceback__, limit=2))
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), te.exc_type.__name__, str(te))
    print(list(te.format(chain=False))[0])

try:
    try:
        {}['k']
    except KeyError:
        1 / 0
except ZeroDivisionError as z:
    print(''.join(traceback.format_exception(z)))
    print(''.join(traceback.format_exception(type(z), z, None)))
    try:
        traceback.format_exception(type(z), z)
    except ValueError as v:
        print("ValueError:", v)
try:
    compile("x = (1,", "snippet.py", "exec")
except SyntaxError as s:
    print(traceback.format_exception_only(type(s), s))
    print(''.join(traceback.format_exception(s)))
e = ValueError("x")
e.add_note("note A\nB")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))

def recurse(n):
    return recurse(n + 1) if n < 30 else 1 / 0
try:
    recurse(0)
except ZeroDivisionError:
    print(traceback.format_exc())
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print(traceback.format_exc())
import traceback
e = ValueError("a\nb")
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(e))
try:
    compile("x = = 1", "f.py", "exec")
except SyntaxError as s:
    print(traceback.format_exception_only(type(s), s))
class E(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(E, E()))
e = KeyError("k")
e.add_note("note 1\nmore")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
