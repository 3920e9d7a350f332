# An asyncio program: async context managers, async generators and comprehensions, gather (with exceptions), wait_for timeouts, tasks, queues; coroutines driven by send.
import asyncio
class Resource:
    def __init__(self, name): self.name = name
    async def __aenter__(self): print('open', self.name); return self
    async def __aexit__(self, *exc): print('close', self.name, exc[0].__name__ if exc[0] else None); return False
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def worker(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return name.upper()
async def failing():
    await asyncio.sleep(0.001)
    raise ValueError('task failed')
async def main():
    async with Resource('db') as r:
        print([i async for i in ticker(3)], r.name)
    results = []
    out = await asyncio.gather(worker('a', 0.02, results), worker('b', 0.01, results), worker('c', 0, results))
    print(out, results)
    res = await asyncio.gather(failing(), worker('d', 0, results), return_exceptions=True)
    print([type(x).__name__ for x in res])
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__)
    t = asyncio.create_task(worker('e', 0, results))
    print(await t, t.done(), t.result())
    q = asyncio.Queue()
    async def producer():
        for i in range(3): await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None: got.append(item)
        return got
    print(await asyncio.gather(producer(), consumer()))
    try:
        async with Resource('f'):
            raise KeyError('inside')
    except KeyError as e:
        print('caught', e)
    agen = ticker(5)
    print(await agen.__anext__(), await anext(agen), await agen.asend(None))
    await agen.aclose()
    print(await anext(agen, 'done'))
asyncio.run(main())
async def simple(): return 42
coro = simple()
try: coro.send(None)
except StopIteration as e: print('result', e.value)
import types
@types.coroutine
def yielder():
    v = yield 'suspended'
    return v * 2
async def uses():
    return await yielder()
c = uses(); print(c.send(None))
try: c.send(21)
except StopIteration as e: print('got', e.value)
