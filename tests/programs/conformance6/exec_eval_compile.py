# compile()/exec()/eval(): code objects, namespaces, closures in exec'd code, and the errors of bad arguments.
code = compile('a + 1', '<expr>', 'eval')
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {'a': 41}))
try: eval('x = 1')
except SyntaxError as e: print(e.msg, e.filename, e.lineno, e.offset)
try: compile('1 +', 'f.py', 'exec')
except SyntaxError as e: print(e, '|', e.msg, e.filename, e.lineno, e.offset)
try: compile('x', 'f.py', 'bogus')
except ValueError as e: print(e)
try: exec(5)
except TypeError as e: print(e)
for g in [[], 5, 'x', (1,)]:
    for fn in (eval, exec):
        try: fn('1', g)
        except TypeError as e: print(fn.__name__, type(g).__name__, e)
for l in [5, 2.5]:
    for fn in (eval, exec):
        try: fn('1', {}, l)
        except TypeError as e: print(fn.__name__, 'locals', type(l).__name__, e)
ns = {}
exec(compile('def f(x):\n    return x * 2\nresult = f(21)', '<mod>', 'exec'), ns)
print(ns['result'], ns['f'].__code__.co_filename, ns['f'].__module__ if '__name__' in ns else ns['f'].__module__)
print(eval('[x * x for x in range(4)]'), eval('(lambda n: n + 1)(1)'), eval('__name__'), eval('len')('abc'))
src = '''
def outer():
    v = 1
    def inner():
        return v + w
    return inner()
w = 10
print(outer())
'''
exec(src)
exec(src, {})
g = {'__name__': 'custom'}
exec('print(__name__); import sys; print(type(sys).__name__)', g)
print(sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
try: exec('raise ValueError("from exec")')
except ValueError as e: print('caught', e)
def uses_exec():
    exec('q = 5')
    try: return q
    except NameError as e: return str(e)
print(uses_exec())
print(eval('1 if True else 2'), eval(' 5 '), eval('\t7'))
try: eval('')
except SyntaxError as e: print(repr(e.msg))
