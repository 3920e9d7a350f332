# sys._getframe(): the running frames, their code names, lines, callers,
# locals and globals; sys.exc_info() inside and outside handlers.
import sys


def inner(a, b=2):
    total = a + b
    frame = sys._getframe()
    print(frame.f_code.co_name, sorted(frame.f_locals), frame.f_locals['total'])
    caller = frame.f_back
    print(caller.f_code.co_name, caller.f_lineno)
    print(sys._getframe(1) is caller, frame.f_globals is globals())
    print(caller.f_back.f_code.co_name, caller.f_back.f_back)
    return total


def outer():
    return inner(1)


print(outer())


def whoami():
    return sys._getframe(1).f_code.co_name


def caller_one():
    return whoami()


class Widget:
    def method(self):
        return whoami(), type(sys._getframe()).__name__


print(caller_one(), Widget().method())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
try:
    sys._getframe(50)
except ValueError as e:
    print('ValueError:', e)


def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


print(depth(), (lambda: depth())())
print(sys.exc_info())
try:
    {}['k']
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), type(tb).__name__)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
