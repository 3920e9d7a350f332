import asyncio
async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]: await pq.put(item)
    print([await pq.get() for _ in range(pq.qsize())], pq.empty())
    lq = asyncio.LifoQueue(maxsize=2); lq.put_nowait(1); lq.put_nowait(2); print(lq.full())
    try: lq.put_nowait(3)
    except asyncio.QueueFull: print('full')
    print(lq.get_nowait(), lq.get_nowait())
    try: lq.get_nowait()
    except asyncio.QueueEmpty: print('empty')
    bs = asyncio.BoundedSemaphore(1)
    async with bs: print('held', bs.locked())
    try: bs.release()
    except ValueError as e: print(e)
    cond = asyncio.Condition(); items = []; log = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((n, items.pop(0)))
    async def producer():
        for i in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(i); cond.notify()
    await asyncio.gather(*(consumer(n) for n in range(3)), producer())
    print(log)
    async def waiter(n):
        async with cond:
            await cond.wait(); log.append(('woke', n))
    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond: cond.notify_all()
    await asyncio.gather(*ws); print(log[-3:])
    try: cond.notify()
    except RuntimeError as e: print(e)
    try: await cond.wait()
    except RuntimeError as e: print(e)
    q = asyncio.Queue(); print(q.maxsize, q.qsize(), repr(asyncio.Queue[int]))
asyncio.run(main())
print(asyncio.Queue, asyncio.PriorityQueue, asyncio.Lock, asyncio.Condition, asyncio.TaskGroup, asyncio.Timeout, asyncio.CancelledError, asyncio.Future, asyncio.Task, asyncio.InvalidStateError)
