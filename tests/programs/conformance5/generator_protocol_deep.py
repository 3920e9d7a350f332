# Generators: yield from with send/throw, close and finally, gi_* state,
# ignoring GeneratorExit, PEP 479, throw before start, 'already executing',
# generator expressions that raise, return values, inspect states.
def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
    finally:
        print('inner finally')
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer-last'
g = outer()
print(next(g), g.send('S'), g.throw(ValueError('v')), next(g))
try: next(g)
except StopIteration as e: print('stop', e.value)
g = outer(); next(g)
g.close()
print(g.gi_frame, g.gi_running, g.gi_yieldfrom)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset': n = 0
        else: n += 1
c = counter(); print(next(c), next(c), c.send('reset'), next(c))
g = inner(); next(g); print(g.gi_yieldfrom, g.gi_frame.f_lineno, g.gi_code.co_name, g.__name__, g.__qualname__); g.close()
def ignores():
    try: yield 1
    except GeneratorExit: yield 2
g = ignores(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def bad():
    yield 1
    raise StopIteration('x')
try: list(bad())
except RuntimeError as e: print(type(e).__name__, e, type(e.__cause__).__name__)
def gen_throw():
    try: yield
    except Exception as e: print('got', repr(e)); raise
g = gen_throw(); next(g)
try: g.throw(KeyError, 'k')
except KeyError as e: print('propagated', repr(e))
g = gen_throw()
try: g.throw(ValueError('early'))
except ValueError as e: print('unstarted throw', e)
print(next(g, 'exhausted'))
def running():
    yield g2.send(None)
g2 = running()
try: next(g2)
except ValueError as e: print(e)
print(list(x * 2 for x in range(3)), sum(x for x in range(10) if x % 2))
ge = (1 / x for x in [1, 0])
print(next(ge))
try: next(ge)
except ZeroDivisionError as e: print('zde', e)
print(next(ge, 'done'))
def gen_ret():
    return 5
    yield
try: next(gen_ret())
except StopIteration as e: print('value', e.value, e.args)
import inspect
def gs(): yield 1
g = gs()
print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
