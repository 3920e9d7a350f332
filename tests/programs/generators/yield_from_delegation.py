# yield from / await delegation: values, return values, sys.exc_info seen by
# the delegate, exceptions raised through a chain (caught and uncaught, with
# the traceback through every level) and re-entrancy through a delegate.
import sys
def inner():
    print('inner sees', repr(sys.exc_info()[1]))
    x = yield 1
    print('inner got', x)
    print('inner sees', repr(sys.exc_info()[1]))
    yield 2
    return 'ret'
def outer():
    try:
        raise KeyError('outer-handled')
    except KeyError:
        r = yield from inner()
        print('outer got', r)
        try:
            yield from bad()
        except ZeroDivisionError as e:
            print('outer caught', e)
    yield 'end'
def bad():
    yield 'b1'
    1 / 0
g = outer()
print(next(g)); print(g.send('s1')); print(next(g)); print(next(g))
def deep(n):
    if n == 0:
        yield 'leaf'
        raise ValueError('deep')
    yield from deep(n - 1)
d = deep(3)
print(next(d))
try:
    next(d)
except ValueError as e:
    print('caught', e)
def reenter():
    yield from inner_reenter()
def inner_reenter():
    yield next(top)
top = reenter()
try:
    next(top)
except ValueError as e:
    print(e)
d2 = deep(2)
next(d2)
next(d2)
