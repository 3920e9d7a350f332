# asyncio: run, gather, tasks, wait_for timeouts, queues, events, locks, semaphores, wait, as_completed, cancellation.
import asyncio
log = []
async def worker(name, delay, result):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return result
async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
async def producer(q):
    for i in range(4):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * 10)
        q.task_done()
    q.task_done()
async def main():
    r = await asyncio.gather(worker("a", 0.3, 1), worker("b", 0.1, 2), worker("c", 0.2, 3))
    print(r, log)
    t = asyncio.create_task(worker("t", 0.01, "task"))
    print(t.done(), await t, t.done(), t.result())
    res = await asyncio.gather(failing(), worker("d", 0.0, 4), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(failing(), worker("e", 0.3, 5))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker("w", 0.001, "fast"), timeout=1))
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q), consumer(q, out))
    print(out, q.empty())
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled", slow.cancelled())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []
    async def crit(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.001)
            order.append(-n)
    await asyncio.gather(crit(1), crit(2), crit(3))
    print(order)
    done, pending = await asyncio.wait([asyncio.create_task(worker("x", 0.01, 1)), asyncio.create_task(worker("y", 0.5, 2))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    results = []
    for coro in asyncio.as_completed([worker("p", 0.3, "slow"), worker("q", 0.01, "quick")]):
        results.append(await coro)
    print(results)
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), active[1])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from callback")
    print(await fut, asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else "")
    return "main done"
print(asyncio.run(main()))
async def crash():
    await asyncio.sleep(0)
    raise KeyError("inside")
try:
    asyncio.run(crash())
except KeyError as e:
    print("run raised", repr(e))
