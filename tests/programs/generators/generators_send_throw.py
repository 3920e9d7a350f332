def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("cleanup")


g = guarded()
print(next(g))
print(g.throw(ValueError("bad")))
g.close()
g2 = guarded()
print(next(g2))
g2.close()
print("closed")


def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = closer()
next(c)
c.close()
