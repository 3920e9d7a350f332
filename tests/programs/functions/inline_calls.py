# Calls the vm runs inside its own loop (Python functions, bound methods,
# instantiation of plain classes): argument binding and its errors, __init__'s
# return check, what falls back to type.__call__, tracebacks and exception
# context through inline frames, recursion limits, sys._getframe.
import sys
import abc


class P:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def m(self, x, *, y=1):
        return self.a + x + y


class ReturnsInt:
    def __init__(self):
        return 1


class GeneratorInit:
    def __init__(self):
        yield 1


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self):
        pass


class Raises:
    def __init__(self, x):
        raise ValueError(x)


class Meta(type):
    def __call__(cls, *args):
        print('Meta.__call__', args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


class WithNew:
    def __new__(cls, *args):
        print('__new__', args)
        return super().__new__(cls)

    def __init__(self, x):
        print('__init__', x)


class OtherNew:
    def __new__(cls, x):
        return x

    def __init__(self, x):
        print('not run')


class Base:
    def __init__(self, a):
        self.a = a


class Derived(Base):
    def __init__(self, a):
        super().__init__(a * 2)


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))


for thunk in [
    lambda: P(1).b, lambda: P(1, b=5).b, lambda: P(b=3, a=1).a, lambda: P(), lambda: P(1, 2, 3),
    lambda: P(1, c=2), lambda: P(1).m(2), lambda: P(1).m(2, y=3), lambda: P(1).m(2, 3),
    lambda: ReturnsInt(), lambda: GeneratorInit(), lambda: Abstract(), lambda: Raises(7),
    lambda: WithMeta(3).x, lambda: type(WithNew(5)).__name__, lambda: OtherNew(42), lambda: Derived(4).a,
]:
    show(thunk)

# The class call site sees a changed __init__ (class version), before and after.
def make(n):
    return P(n)

print(make(1).a)
P.__init__ = lambda self, a: setattr(self, 'z', a)
print(make(2).z)
del P.__init__
show(lambda: make(3))
print(type(P()).__name__)

try:
    try:
        raise IndexError('first')
    except IndexError:
        ReturnsInt()
except TypeError as e:
    print('context', repr(e.__context__))


def rec(n):
    return rec(n + 1)

try:
    rec(0)
except RecursionError as e:
    print('recursion', e)


def deep(n):
    if n == 0:
        raise KeyError('k')
    try:
        return deep(n - 1)
    finally:
        pass

try:
    deep(3)
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print('traceback lines', lines)


def caller_line():
    return sys._getframe(1).f_lineno, sys._getframe(1).f_code.co_name

def outer():
    return caller_line()

print(outer())


def gen():
    yield Derived(1).a
    yield make(5).z if hasattr(P, 'z') else 'no z'

print(list(gen()))


def kwonly(a, *, b, **rest):
    return a, b, sorted(rest)

print(kwonly(1, b=2, c=3))
show(lambda: kwonly(1))
show(lambda: kwonly(1, 2))


class Callable:
    def __call__(self, x, y=10):
        return x + y


class CallableSub(Callable):
    pass


c = Callable()
c.__call__ = lambda x: 'instance attribute'
print(c(1), CallableSub()(1, 2))
show(lambda: c(1, 2, 3))
Callable.__call__ = lambda self: 'replaced'
print(c())
del Callable.__call__
show(lambda: c())
Raises(9)
