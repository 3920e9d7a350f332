# A SyntaxError raised by exec() and not caught: CPython prints the file,
# line, source text and caret it points at, then `SyntaxError: msg`.
source = "total = (1,\n    2 +)"
try:
    exec(source)
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    compile('def f(:\n    pass', 'snippet.py', 'exec')
except SyntaxError as e:
    print(e)
exec(source)
