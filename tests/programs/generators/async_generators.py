# Async generators driven without an event loop: coroutines are stepped with
# send(None) as CPython allows; awaits pass plain values out to the driver.


class pause:
    """An awaitable passing `v` out to the driver and returning what it sends back."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return got


def run(coro):
    """Drives a coroutine to its end; returns (values passed out, result)."""
    out = []
    sent = None
    while True:
        try:
            out.append(coro.send(sent))
        except StopIteration as e:
            return out, e.value
        sent = len(out)


def show(label, coro):
    try:
        print(label, run(coro))
    except BaseException as e:
        print(label, 'raised', type(e).__name__, e)


async def agen(n):
    for i in range(n):
        got = await pause(('await', i))
        yield i * 10 + got


async def collect(g):
    items = []
    async for x in g:
        items.append(x)
    return items


show('async for', collect(agen(3)))


async def comprehension():
    return [x async for x in agen(2)], {x: 1 async for x in agen(2)}


show('comprehension', comprehension())


async def genexp():
    g = (x * 2 async for x in agen(3))
    print(type(g).__name__)
    return [y async for y in g]


show('async genexp', genexp())


async def plain(n):
    for i in range(n):
        yield i


a = plain(2)
print(type(a).__name__, a.__name__, a.__qualname__, a.ag_running)
print(a.__aiter__() is a)
step = a.__anext__()
print(type(step).__name__)
try:
    step.send(None)
except StopIteration as e:
    print('first', e.value)
try:
    step.send(None)
except RuntimeError as e:
    print('reuse:', e)
try:
    next(a)
except TypeError as e:
    print(e)


async def manual():
    g = plain(3)
    print(await g.__anext__(), await g.asend(None), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('again StopAsyncIteration')


show('manual', manual())


async def echo():
    got = None
    while True:
        got = yield got


async def asend_test():
    g = echo()
    print(await g.asend(None), await g.asend(5), await g.asend('x'))
    await g.aclose()
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print('closed')


show('asend', asend_test())


async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield 'caught %s' % e
    finally:
        print('finally ran')


async def athrow_test():
    g = guarded()
    print(await g.__anext__())
    print(await g.athrow(ValueError('boom')))
    try:
        await g.athrow(KeyError('k'))
    except KeyError as e:
        print('propagated', repr(e))
    try:
        await g.athrow(ValueError)
    except StopAsyncIteration:
        print('athrow on finished: StopAsyncIteration')
    except BaseException as e:
        print('athrow on finished:', type(e).__name__)


show('athrow', athrow_test())


async def aclose_test():
    g = guarded()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print(e)

    async def awaits_in_finally():
        try:
            yield 1
        finally:
            v = await pause('cleanup')
            print('cleanup got', v)

    w = awaits_in_finally()
    await w.__anext__()
    await w.aclose()
    fresh = plain(3)
    print(await fresh.aclose())


show('aclose', aclose_test())


async def bad_stop():
    yield 1
    raise StopAsyncIteration


async def bad_stop2():
    yield 1
    raise StopIteration


async def errors():
    for maker in (bad_stop, bad_stop2):
        g = maker()
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print(type(e.__cause__).__name__, '->', e)


show('errors', errors())


async def return_none():
    yield 1
    return


show('return', collect(return_none()))


async def nested():
    async def inner():
        yield 'a'
        await pause('inner await')
        yield 'b'
    async for x in inner():
        yield x.upper()


show('nested', collect(nested()))


async def running():
    g = plain(2)
    first = g.__anext__()
    second = g.__anext__()
    print(await first)
    print(await second)


show('two anext', running())


async def slow():
    await pause('slow')
    yield 1


async def concurrent():
    g = slow()
    a1 = g.__anext__()
    a1.send(None)
    try:
        g.__anext__().send(None)
    except RuntimeError as e:
        print(e)
    try:
        g.aclose().send(None)
    except RuntimeError as e:
        print(e)


show('concurrent', concurrent())


async def wrong_send():
    g = plain(1)
    aw = g.aclose()
    try:
        aw.send(1)
    except RuntimeError as e:
        print(e)
    aw2 = g.athrow(ValueError)
    aw2.close()
    try:
        aw2.send(None)
    except RuntimeError as e:
        print(e)


show('wrong send', wrong_send())
