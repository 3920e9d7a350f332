# Coroutines and async generators driven by hand: send/throw/close, cr_* and
# ag_* state, asend/athrow/aclose, async for/with without an event loop,
# types.coroutine, and the errors of misuse.
import types
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ('sleep', self.n)
        return r
async def child(x):
    r = await Sleep(x)
    return x * 2, r
async def parent():
    a = await child(1)
    try:
        b = await child(2)
    except ValueError as e:
        print('parent caught', e)
        b = None
    return a, b
c = parent()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send('r1'))
try:
    c.throw(ValueError('boom'))
except StopIteration as e:
    print('done', e.value)
c2 = parent()
c2.send(None)
c2.close()
print(c2.cr_frame, c2.cr_running, c2.cr_await)
try:
    c2.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
c3 = child(5)
print(c3.cr_await)
c3.send(None)
print(type(c3.cr_await).__name__)
c3.close()
async def agen():
    try:
        for i in range(3):
            got = yield i
            print('agen got', got)
    finally:
        print('agen finally')
ag = agen()
print(type(ag).__name__, ag.__name__)
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('suspended')
print(run(ag.asend(None)))
print(run(ag.asend('x')))
try:
    run(ag.athrow(KeyError('k')))
except KeyError as e:
    print('KeyError escaped', e)
try:
    run(ag.asend(None))
except StopAsyncIteration:
    print('StopAsyncIteration')
ag2 = agen()
run(ag2.__anext__())
print(run(ag2.aclose()))
async def use():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(use()))
class ACM:
    async def __aenter__(self):
        print('enter'); return self
    async def __aexit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None); return True
async def w():
    async with ACM() as m:
        raise ValueError
    return 'suppressed'
print(run(w()))
@types.coroutine
def legacy():
    v = yield 'legacy'
    return v
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print('legacy result', e.value)
async def nothing(): return 1
co = nothing()
try:
    co.send(1)
except TypeError as e: print(e)
co.close()
try:
    await_outside = nothing()
    next(await_outside)
except TypeError as e: print(e)
await_outside.close()
print(run(nothing()))
