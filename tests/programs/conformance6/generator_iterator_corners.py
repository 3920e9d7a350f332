# Generator protocol corners: close() ignoring GeneratorExit, StopIteration inside a generator, re-entrancy, throw(), send() before start, custom iterators and iteration errors.
def g1():
    try: yield 1
    finally: yield 2
g = g1(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def g2():
    yield 1
    raise StopIteration('oops')
try: list(g2())
except RuntimeError as e: print(e, type(e.__cause__).__name__, e.__cause__)
def g3():
    me = yield
    next(me)
g = g3(); next(g)
try: g.send(g)
except ValueError as e: print(e)
def g4():
    try:
        yield 1
    except KeyError as e:
        yield f'caught {e!r}'
    yield 'end'
g = g4(); print(next(g), g.throw(KeyError('k')), next(g))
try: g.throw(ValueError)
except ValueError as e: print('propagated', repr(e))
print(g.gi_running, g.gi_frame, g.gi_code.co_name)
try: g.throw(ValueError('before start'))
except ValueError as e: print('unstarted', e)
print(next(g, 'exhausted'))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset': n = 0
        elif cmd is not None: n += cmd
        else: n += 1
c = counter(); print(next(c), c.send(5), next(c), c.send('reset'), next(c))
try: c.send(None) if False else counter().send(5)
except TypeError as e: print(e)
ag = (x * 2 for x in range(3))
print(type(ag).__name__, ag.__name__, ag.__qualname__, next(ag), list(ag))
def outer():
    def inner_gen(): yield from range(2)
    return inner_gen
print(outer()().__qualname__)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(CountDown(3)), sum(CountDown(4)), [*CountDown(2)], dict.fromkeys(CountDown(2)))
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
try: next([1])
except TypeError as e: print(e)
try:
    for x in 5: pass
except TypeError as e: print(e)
import itertools
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.batched('abcde', 2)) if hasattr(itertools, 'batched') else 'nobatch')
