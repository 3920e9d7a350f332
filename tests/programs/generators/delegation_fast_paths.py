# The vm's generator fast paths: a suspended `yield from` sends to any
# delegate directly (lists, iterators of builtins, Python iterator classes,
# generators, objects with send/throw), next(it) inside the frame that
# handles its StopIteration, and generator calls bound straight from the stack.
import sys


def flatten(chunks):
    for chunk in chunks:
        yield from chunk


print(list(flatten([[1, 2], (3,), range(4, 6), "ab", {7: 0}, iter([8])])))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def over_class():
    got = yield from Countdown(3)
    yield ("result", got)


print(list(over_class()))


class Echo:
    """An iterator with send and throw: yield from must forward them."""

    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def send(self, v):
        self.log.append(("send", v))
        if v == "stop":
            raise StopIteration("echo done")
        return "sent %r" % (v,)

    def throw(self, *args):
        self.log.append(("throw", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__))
        return "thrown"


def over_echo(e):
    r = yield from e
    yield "after: %s" % r


e = Echo()
g = over_echo(e)
print(next(g), g.send(1), g.send(None), g.throw(ValueError), g.send("stop"))
print(e.log)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("inside __next__")


def over_broken():
    try:
        yield from Broken()
    except KeyError as exc:
        yield "caught %r at line %d" % (exc, sys.exc_info()[2].tb_lineno)


print(list(over_broken()))


def over_iterator_that_stops_midway():
    it = iter([1, 2, 3])
    r = yield from it
    yield ("exhausted", r, list(it))


print(list(over_iterator_that_stops_midway()))


def gen_in_map():
    yield from map(lambda x: 10 // x, [5, 2, 0, 1])


try:
    print(list(gen_in_map()))
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError", exc, len(lines))


def closing_delegate():
    inner_state = []

    def inner():
        try:
            yield 1
            yield 2
        finally:
            inner_state.append("inner closed")

    def outer():
        try:
            yield from inner()
        finally:
            inner_state.append("outer closed")

    g = outer()
    print(next(g))
    g.close()
    print(inner_state)


closing_delegate()


# next() raising StopIteration into a handler of the same frame.
def ret(v):
    yield "first"
    return v


for value in [None, 0, "x", (1, 2), StopIteration("inner")]:
    it = ret(value)
    next(it)
    try:
        next(it)
    except StopIteration as exc:
        print("value", repr(exc.value), "args", exc.args, exc.__context__, exc.__cause__)

it = iter([])
try:
    raise ValueError("handled")
except ValueError:
    try:
        next(it)
    except StopIteration as exc:
        print("context", repr(exc.__context__))

try:
    next(iter(()))
except (KeyError, StopIteration) as exc:
    print("tuple handler", type(exc).__name__)

try:
    try:
        next(ret(1))
        next(iter([]))
    except KeyError:
        print("not here")
    finally:
        print("finally ran")
except StopIteration as exc:
    print("outer handler", exc.__traceback__.tb_next is not None)


def stop_escapes_generator():
    yield next(iter([]))


try:
    list(stop_escapes_generator())
except RuntimeError as exc:
    print(exc, type(exc.__cause__).__name__)

done = ret(5)
list(done)
print(next(done, "default"), next(iter([]), "dflt"))
try:
    next(done)
except StopIteration as exc:
    print("finished generator", exc.args)


def running():
    yield next(me)


me = running()
try:
    next(me)
except ValueError as exc:
    print(exc)


# Generator functions called with keywords, defaults, *args and **kwargs, and bound methods.
def params(a, b=2, *rest, c, d=4, **kw):
    yield (a, b, rest, c, d, sorted(kw.items()))


class Holder:
    def items(self, n):
        yield from range(n)


print(next(params(1, c=3)), next(params(1, 5, 6, 7, c=3, e=5)), list(Holder().items(3)))
try:
    params(1)
except TypeError as exc:
    print(exc)
try:
    Holder().items()
except TypeError as exc:
    print(exc)
