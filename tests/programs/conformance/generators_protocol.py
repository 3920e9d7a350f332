# Generators: send, throw, close, return values, yield from delegation,
# generator expressions, exhaustion and StopIteration details.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print('closing with', received)
        raise
    finally:
        print('finally in echo')


g = echo()
print(next(g), g.send('a'), g.send('b'))
g.close()
print(g.gi_frame is None)
try:
    g.send('c')
except StopIteration:
    print('StopIteration after close')


def with_return():
    yield 1
    return 'done'


gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)


def inner():
    x = yield 'inner-1'
    print('inner got', x)
    yield 'inner-2'
    return 'inner-result'


def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer-end'


o = outer()
print(next(o), o.send('hello'), next(o))
print(list(outer()))


def thrower():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
            yield 'recovered'


t = thrower()
print(next(t), t.throw(ValueError('boom')), next(t))
try:
    t.throw(KeyError('fatal'))
except KeyError as e:
    print('propagated', repr(e))

squares = (n * n for n in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ['aa', 'b', 'ccc']))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 12)), list(zip(range(3), fib())))


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
g2 = with_return()
print(list(g2), list(g2))
running = None


def self_ref():
    yield running.send(None)


running = self_ref()
try:
    next(running)
except ValueError as e:
    print('ValueError:', e)
