import asyncio
async def fail(n, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(f'bad {n}')
async def slow(tag='slow'):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelled:', tag); raise
async def value(v, n=1):
    for _ in range(n): await asyncio.sleep(0)
    return v
async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print('in timeout', cm.expired()); await asyncio.sleep(1)
    except TimeoutError as e: print('timeout ctx', type(e).__name__, cm.expired(), type(e.__context__).__name__)
    async with asyncio.timeout(None) as cm: print(await value(5), cm.when())
    async with asyncio.timeout(5): print('fast enough', await value('x', 3))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(value(1, 3)); t2 = tg.create_task(value(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(7)); tg.create_task(slow('sibling')); tg.create_task(fail(8))
    except* ValueError as eg: print('taskgroup', repr(eg), sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow('child'))
            raise KeyError('body')
    except* KeyError as eg: print('body error', eg.exceptions)
    task = asyncio.current_task(); print(task.cancelling(), task.cancel() if False else '', task.uncancel())
    inner = asyncio.create_task(value('shielded', 3))
    outer = asyncio.create_task(asyncio.shield(inner) if False else value(0))
    print(await asyncio.shield(inner), await outer)
    print(await asyncio.to_thread(sum, [1, 2, 3]), await asyncio.to_thread(max, 4, 9, key=None))
    try: await asyncio.wait_for(slow('wait_for'), 0.01)
    except asyncio.TimeoutError: print('wait_for timeout')
    tg = asyncio.TaskGroup()
    c = value(1)
    try: tg.create_task(c)
    except RuntimeError as e: print(e); c.close()
    t = asyncio.create_task(slow('counted')); await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    try: await t
    except asyncio.CancelledError: print('t cancelled', t.cancelled())
asyncio.run(main())
