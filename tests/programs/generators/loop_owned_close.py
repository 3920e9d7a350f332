# A generator that a for statement creates and iterates holds no other
# reference: when the loop leaves it early (break, return, an exception
# unwinding past the loop, a close() of the generator running the loop) it is
# finalized at once, as CPython's reference counting does, and its finally
# blocks and context managers run before the code after the loop.
import contextlib

log = []


def gen(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("cleanup", tag)


for x in gen("break"):
    if x == 1:
        break
print("after break")


def returns():
    for x in gen("return"):
        return x


print("returned", returns())

try:
    for x in gen("exception"):
        raise ValueError(x)
except ValueError as exc:
    print("handler", exc)


def nested():
    for a in gen("outer"):
        for b in gen("inner"):
            if b == 1:
                break
        if a == 1:
            return "nested done"


print(nested())

for x in gen("exhausted", 2):
    pass
print("after exhausted loop")

it = gen("named")
for x in it:
    break
print("named generator still open")
print(next(it))
it.close()


@contextlib.contextmanager
def managed(tag):
    print("enter", tag)
    try:
        yield tag
    finally:
        print("exit", tag)


def with_inside():
    with managed("cm"):
        yield 1
        yield 2


for x in with_inside():
    break
print("after with_inside")


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


for x in ignores_exit():
    break


def delegating():
    for x in gen("delegate inner"):
        yield x


d = delegating()
print(next(d))
d.close()
print("after close of delegating generator")


def resumed_loop():
    for x in gen("inside resumed frame"):
        yield x
        if x == 1:
            return


print(list(resumed_loop()))


def unstarted():
    print("never printed")
    yield 1


for x in [1]:
    for y in unstarted() if False else []:
        pass
print("done")
