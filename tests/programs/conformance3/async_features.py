# async/await: coroutines, async generators, async with/for, comprehensions,
# gather ordering, exceptions and cancellation, driven by asyncio.run.
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("  acquire", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("  release", self.name, et.__name__ if et else None)
        return et is KeyError

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
    print("  agen done")

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def work(tag, delay):
    await asyncio.sleep(delay)
    return f"{tag}:{delay}"

async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    async with Resource("r1") as r:
        print("  inside", r.name)
    async with Resource("r2"):
        raise KeyError("suppressed")
    print([x async for x in agen(4)], [t async for t in Ticker(3) if t != 1])
    async for v in agen(2):
        print("  got", v)
    print(await asyncio.gather(work("a", 0.02), work("b", 0.01), work("c", 0)))
    res = await asyncio.gather(fails(), work("d", 0), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("  timed out")
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("  cancelled", task.cancelled())
    g = agen(3)
    print(await g.__anext__(), await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("  exhausted")
    print(await anext(agen(0), "default"))
    coro = work("x", 0)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    print(await coro)
    return "main result"

print(asyncio.run(main()))

async def never_awaited():
    return 1
def sync_caller():
    try:
        asyncio.run(fails())
    except ValueError as e:
        print("asyncio.run raised", e)
sync_caller()

async def aiter_errors():
    class NoNext:
        def __aiter__(self):
            return 1
    for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter(NoNext())):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    aw = anext(agen(0), "fallback")
    print(type(aw).__name__, await aw)
    it = aiter(Ticker(2))
    print(await anext(it), await anext(it), await anext(it, None))
asyncio.run(aiter_errors())
