
async def f():
    return 3
async def g():
    x = await f()
    return x + 1
c = g()
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
class Aw:
    def __await__(self):
        v = yield 'suspended'
        return v * 2
async def h():
    r = await Aw()
    return r
co = h()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print('got', e.value)
print(type(co).__name__, co.__name__)
def gen_with_return():
    yield 1
    return 'r'
def deleg():
    r = yield from gen_with_return()
    yield r
print(list(deleg()))
g2 = deleg(); next(g2)
try:
    g2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
def closer():
    try:
        yield 1
    finally:
        print('cleanup')
c3 = closer(); next(c3); c3.close(); print(c3.gi_frame)
