# The resume paths of generators: next() with and without a default, send,
# throw and close (also through yield from), return values carried by
# StopIteration, PEP 479, re-entrancy and exhausted generators.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return 'done %d' % i


g = counter(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop value', repr(e.value))
print(next(g, 'dflt'), next(counter(0), 'empty'))
try:
    next(g)
except StopIteration as e:
    print('again', e.args)

g = counter(10)
print(next(g), g.send(5), g.send(None), g.send(8))
try:
    counter(2).send(1)
except TypeError as e:
    print(e)


def delegating():
    r = yield from counter(2)
    print('delegate returned', r)
    r2 = yield from [10, 20]
    print('list returned', r2)
    return 'outer'


print(list(delegating()))
d = delegating()
print(next(d), d.send(None), next(d))


def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            yield 'caught %s' % e


def outer():
    yield from catcher()


o = outer()
print(next(o), o.throw(ValueError('x')), next(o), o.throw(ValueError, 'y'))
try:
    o.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(next(o, 'finished'))


def closing():
    try:
        yield 1
    finally:
        print('cleanup')


def outer_closing():
    yield from closing()


c = outer_closing()
next(c)
c.close()
c.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)


def leaks_stop():
    yield 1
    raise StopIteration('inner')


try:
    list(leaks_stop())
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


print(sum(tree(8)), sum(x * x for x in range(100) if x % 3), max(x for x in counter(50)))
gen = (x for x in range(3))
print(gen.__name__, gen.gi_running, next(gen), list(gen), gen.gi_frame)


def exc_state():
    try:
        raise KeyError('outer')
    except KeyError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])


es = exc_state()
print(next(es))
try:
    raise ValueError('between')
except ValueError:
    print(next(es))
