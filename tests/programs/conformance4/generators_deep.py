# Generators: send/throw/close/return values, yield from delegation, gi_ attributes
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return (count, avg)
        total += v; count += 1
        avg = total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, vals in [('a', [1, 2, 3]), ('b', [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in vals:
        print(key, g.send(v))
    g.send(None)
print(results)

def thrower():
    try:
        yield 1
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    yield 'end'
t = thrower(); print(next(t), t.throw(ValueError('boom')), next(t))
try:
    t.throw(KeyError('late'))
except KeyError as e:
    print('propagated', repr(e))
print(t.gi_frame, t.gi_running)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print('got exit')
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def ret():
    yield 1
    return 'done'
r = ret(); next(r)
try:
    next(r)
except StopIteration as e:
    print('value', e.value, e.args)

def inner():
    x = yield 'i1'
    print('inner got', x)
    try:
        yield 'i2'
    finally:
        print('inner finally')
    return 'inner-ret'
def outer():
    res = yield from inner()
    print('outer res', res)
    yield 'o1'
o = outer()
print(next(o), o.send('hello'), next(o))
o2 = outer(); next(o2); o2.send(1); o2.close()
print(list(outer()))

def sub():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'sub handled'
def deleg():
    yield from sub()
    yield 'after'
d = deleg(); next(d); print(d.throw(ZeroDivisionError), next(d))

g = (x * x for x in range(3))
print(g.__name__, g.__qualname__, list(g), list(g))
def fresh(): yield
f = fresh(); print(f.gi_frame is not None, f.__name__)
def running():
    print('running inside', rg.gi_running)
    yield
rg = running(); next(rg)
def gen_self():
    yield next(gs)
gs = gen_self()
try:
    next(gs)
except ValueError as e:
    print(type(e).__name__, e)
def early():
    return 5
    yield
print(list(early()))
try:
    next(iter(early()))
except StopIteration as e:
    print('early', e.value)
e2 = early(); 
try:
    e2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
gen = (i for i in range(3))
print(next(gen), gen.send(None), sum(gen))
print([*range(3), *(c for c in 'ab')], dict.fromkeys(x for x in 'aba'))
