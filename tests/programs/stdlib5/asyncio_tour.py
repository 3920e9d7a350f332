import asyncio
async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done(); break
        for _ in range(item): await asyncio.sleep(0)
        results.append((name, item))
        q.task_done()
async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f'bad {n}')
async def slow():
    await asyncio.sleep(10)
async def main():
    q = asyncio.Queue(); results = []
    workers = [asyncio.create_task(worker(f'w{i}', q, results)) for i in range(3)]
    for i in [3, 1, 2, 5, 4]: await q.put(i)
    for _ in workers: await q.put(None)
    await q.join(); await asyncio.gather(*workers)
    print(sorted(results))
    r = await asyncio.gather(fail(1), asyncio.sleep(0, 'ok'), return_exceptions=True); print(r)
    try: await asyncio.gather(fail(2), fail(3))
    except ValueError as e: print('gather raised', e)
    try: await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e: print('timeout', type(e).__name__)
    t = asyncio.create_task(slow(), name='slowpoke'); await asyncio.sleep(0); t.cancel()
    try: await t
    except asyncio.CancelledError: print('cancelled', t.cancelled(), t.get_name())
    sem = asyncio.Semaphore(2); order = []
    async def limited(i):
        async with sem:
            order.append(('in', i)); await asyncio.sleep(0); order.append(('out', i))
    await asyncio.gather(*(limited(i) for i in range(4))); print(order)
    ev = asyncio.Event()
    async def waiter(): await ev.wait(); return 'woke'
    wt = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); print(await wt)
    lock = asyncio.Lock()
    async with lock: print('locked', lock.locked())
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, 'a')), asyncio.create_task(asyncio.sleep(1, 'b'))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done]); [p.cancel() for p in pending]
    async def agen():
        for i in range(3): yield i; await asyncio.sleep(0)
    print([x async for x in agen()])
    try:
        async with asyncio.timeout(0.01): await asyncio.sleep(1)
    except TimeoutError: print('timeout ctx')
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0, 1)); t2 = tg.create_task(asyncio.sleep(0, 2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(7)); tg.create_task(slow())
    except* ValueError as eg: print('taskgroup', eg.exceptions)
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_soon(fut.set_result, 42); print(await fut)
    print(await asyncio.to_thread(sum, [1, 2, 3]) if hasattr(asyncio, 'to_thread') else '')
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(slow()) if False else '', type(asyncio.current_task()).__name__)
print(asyncio.run(main()))
async def boom(): raise KeyError('x')
try: asyncio.run(boom())
except KeyError as e: print('run raised', repr(e))
