# compile(..., 'single'): expression statements shown through sys.displayhook (builtins._ kept), a replaced hook, SyntaxErrors of the mode; sys.displayhook called directly.
import sys
code = compile('1 + 2', '<single>', 'single')
exec(code)
exec(compile('x = 5', '<s>', 'single'))
exec(compile('x * 2', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile('"text"', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
exec(compile('if x:\n    [x, x]\n', '<s>', 'single'))
import builtins
print(builtins._, x)
for bad in ['a = 1\nb = 2', 'x = = 1', '1 +', '']:
    try: compile(bad, '<s>', 'single'); print('compiled', repr(bad))
    except SyntaxError as e: print('SyntaxError', e.msg)
sys.displayhook(42)
sys.displayhook(None)
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile('7 * 6', '<s>', 'single'))
print(seen, sys.__displayhook__ is not sys.displayhook)
sys.displayhook = sys.__displayhook__
def f(): return 'called'
exec(compile('f()', '<s>', 'single'))
exec(compile('def g(): 5\n', '<s>', 'single'))
print(g())
