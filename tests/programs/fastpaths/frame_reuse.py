# Frames of returned calls are reused by the vm; everything that can still see
# a frame (tracebacks, frame objects, generators, closures) must see its own.
import sys
import traceback


def keep_frame(tag):
    local_value = tag * 2
    return sys._getframe()


def caller_of_keep(tag):
    inner = keep_frame(tag)
    return inner


frames = [keep_frame(i) for i in range(3)]
for f in frames:
    print(f.f_code.co_name, f.f_locals['tag'], f.f_locals['local_value'])
f = caller_of_keep(7)
print(f.f_back.f_code.co_name, f.f_back.f_locals['tag'])
for i in range(5):
    keep_frame(100 + i)
print([fr.f_locals['tag'] for fr in frames], f.f_locals['tag'])


def fail(depth):
    marker = 'depth%d' % depth
    if depth == 0:
        raise ValueError('bottom')
    return fail(depth - 1)


def catch():
    try:
        fail(3)
    except ValueError as e:
        return e


errors = [catch() for _ in range(2)]
for i in range(10):
    fail(1) if False else None
    keep_frame(i)
for e in errors:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get('marker'), tb.tb_lineno))
        tb = tb.tb_next
    print(names)
print(''.join(traceback.format_exception(errors[0])).count('fail'))


def counter(start):
    n = start
    def step():
        nonlocal n
        n += 1
        return n
    return step


steps = [counter(k * 10) for k in range(3)]
print([s() for s in steps], [s() for s in steps])


def gen(tag):
    yield sys._getframe().f_back.f_code.co_name
    yield tag


def drive():
    g = gen('x')
    first = next(g)
    return g, first


g, first = drive()
for i in range(4):
    keep_frame(i)
print(first, next(g))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20), [fib(i) for i in range(10)])


def with_default(a, b=[]):
    b.append(a)
    return len(b)


print([with_default(i) for i in range(3)])


def unbound_later(flag):
    if flag:
        x = 1
    return x


print(unbound_later(True))
try:
    unbound_later(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
