async def fetch(session, urls):
    async with session.lock() as lock:
        results = [await session.get(u) async for u in session.iterate(urls)]
    async for item in session.stream():
        results.append(item)
    return results


async def ticker(n):
    for i in range(n):
        yield i
        await sleep(0)
