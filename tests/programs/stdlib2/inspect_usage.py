import inspect
import functools


def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Do things.

        Indented detail.
    """
    return True


def g(x, y=1, *, z):
    pass


async def coro():
    pass


def gen():
    yield 1


class Base:
    """Base doc."""

    def __init__(self, name, size=0):
        self.name = name

    def method(self, k):
        return k

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def util(q=5):
        return q

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, k):
        return super().method(k)


sig = inspect.signature(f)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, repr(p))
print(sig.return_annotation, inspect.signature(g), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(Base), inspect.signature(Base("n").method), inspect.signature(Base.make))
print(inspect.signature(Base.util), inspect.signature(Base.method))
print(inspect.signature(functools.partial(g, 1)), inspect.signature(functools.partial(g, y=3)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def decorated(p, q=10):
    pass


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False))


class CallMe:
    def __call__(self, v, w=0):
        return v


print(inspect.signature(CallMe()))
ba = inspect.signature(g).bind(1, z=3)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba.arguments)
ba = sig.bind(1, 2, 3, 4, 5, d=6, extra=7)
print(ba.args, ba.kwargs)
for args, kwargs in [((), {}), ((1, 2, 3), {"z": 1}), ((1,), {"x": 2, "z": 1}), ((1,), {"z": 1, "w": 2})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sig.bind(1, b=2, d=1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(g).bind_partial(1))
p = inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=3)
print(p, p.replace(name="m", default=inspect.Parameter.empty), p == inspect.Parameter("n", 3, default=3))
new_sig = sig.replace(parameters=[p], return_annotation=int)
print(new_sig, inspect.Signature([inspect.Parameter("a", 0), inspect.Parameter("b", 1)]))
try:
    inspect.Signature([inspect.Parameter("a", 1, default=1), inspect.Parameter("b", 1)])
except ValueError as e:
    print(e)

print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(Base))
print(inspect.ismethod(Base("x").method), inspect.ismethod(Base.method), inspect.isroutine(len))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(coro))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.ismodule(inspect))
c.close()
print(inspect.getmro(Child) == (Child, Base, object), inspect.isabstract(Base))
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Base("a")) if not name.startswith("__")])
print(inspect.getdoc(f))
print(inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.cleandoc("  a\n    b\n  c\n"))
print(inspect.getfullargspec(f))
print(inspect.getcallargs(g, 1, z=2), inspect.getcallargs(f, 1, d=4, zz=5, c=9))
print(inspect.getsource(g), end="")
print(inspect.getsource(Base.util), end="")
print(inspect.getsourcelines(CallMe)[1], inspect.getsource(decorated), end="")
print(inspect.getmodule(f).__name__, inspect.getfile(f) == __file__)
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function, inspect.stack()[0].function)


def gen2():
    yield 1
    yield 2


gg = gen2()
print(inspect.getgeneratorstate(gg))
next(gg)
print(inspect.getgeneratorstate(gg))
list(gg)
print(inspect.getgeneratorstate(gg))
y = 10


def closure_maker():
    x = 1

    def inner():
        return x + y + len([])
    return inner


cv = inspect.getclosurevars(closure_maker())
print(cv.nonlocals, cv.globals, sorted(cv.builtins))
print(inspect.unwrap(decorated).__name__, inspect.unwrap(decorated) is not decorated)
print(inspect.getattr_static(Base, "prop").__class__.__name__, inspect.getattr_static(Base("q"), "name"))
