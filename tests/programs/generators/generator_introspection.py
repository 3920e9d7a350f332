# gi_code, gi_suspended, gi_running and gi_yieldfrom (and the coroutine
# cr_* and async generator ag_* counterparts) through a generator's life.


def inner():
    yield 'a'
    yield 'b'
    return 'done'


def outer():
    lst = [1, 2]
    seen = yield 0
    print('sent', seen, 'running inside:', me.gi_running, me.gi_suspended, me.gi_yieldfrom)
    yield from lst
    result = yield from sub
    yield result


sub = inner()
me = outer()
print(me.gi_code.co_name, me.gi_code is outer.__code__, me.gi_suspended, me.gi_yieldfrom, me.gi_running)
print(next(me), me.gi_suspended, me.gi_yieldfrom)
print(me.send('x'), type(me.gi_yieldfrom).__name__)
print(next(me), type(me.gi_yieldfrom).__name__)
print(next(me), me.gi_yieldfrom is sub, sub.gi_suspended, sub.gi_yieldfrom)
print(next(me), me.gi_yieldfrom is sub)
print(next(me), me.gi_yieldfrom, sub.gi_suspended, sub.gi_frame)
try:
    next(me)
except StopIteration:
    print('stopped', me.gi_suspended, me.gi_frame, me.gi_yieldfrom)

closed = outer()
closed.close()
print(closed.gi_suspended, closed.gi_frame, closed.gi_code.co_name)


class Awaitable:
    def __await__(self):
        yield 'tick'
        return 7


async def waiter():
    return await Awaitable()


co = waiter()
print(co.cr_code.co_name, co.cr_suspended, co.cr_await, co.cr_origin, co.cr_running)
print(co.send(None), co.cr_suspended, type(co.cr_await).__name__)
try:
    co.send(None)
except StopIteration as e:
    print('returned', e.value, co.cr_suspended, co.cr_await)


async def agen():
    yield 1
    await Awaitable()
    yield 2


ag = agen()
print(ag.ag_code.co_name, ag.ag_await, ag.ag_running)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('first', e.value, ag.ag_await)
step = ag.__anext__()
print(step.send(None), type(ag.ag_await).__name__)
try:
    step.send(None)
except StopIteration as e:
    print('second', e.value, ag.ag_await)
