import asyncio, contextlib
@contextlib.asynccontextmanager
async def resource(name, log):
    log.append('open ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled ' + repr(e))
    finally:
        log.append('close ' + name)
class Conn:
    def __init__(self, n): self.n = n
    async def __aenter__(self): print('enter', self.n); return self
    async def __aexit__(self, *exc): print('exit', self.n, exc[0].__name__ if exc[0] else None); return False
class Gen:
    def __init__(self): self.closed = False
    async def aclose(self): self.closed = True; print('aclosed')
async def main():
    log = []
    async with resource('a', log) as r: log.append('body ' + r)
    async with resource('b', log): raise KeyError('k')
    try:
        async with resource('c', log): raise ValueError('v')
    except ValueError as e: log.append('outer ' + str(e))
    print(log)
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn(i)) for i in range(3)]
        stack.callback(print, 'sync callback')
        async def acb(x): print('async callback', x)
        stack.push_async_callback(acb, 42)
        print('inside', [c.n for c in conns])
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(Conn('x'))
            raise RuntimeError('boom')
    except RuntimeError as e: print('propagated', e)
    async with contextlib.aclosing(Gen()) as g: print('closed yet?', g.closed)
    async with contextlib.nullcontext(7) as v: print('null', v)
    @resource('deco', log)
    async def decorated(): return 'decorated result'
    print(await decorated(), log[-2:])
    try:
        async with contextlib.AsyncExitStack() as stack: await stack.enter_async_context(object())
    except TypeError as e: print(e)
    @contextlib.asynccontextmanager
    async def noyield():
        if False: yield
    try:
        async with noyield(): pass
    except RuntimeError as e: print(e)
    print(isinstance(Conn(1), contextlib.AbstractAsyncContextManager), issubclass(Gen, contextlib.AbstractAsyncContextManager))
asyncio.run(main())
