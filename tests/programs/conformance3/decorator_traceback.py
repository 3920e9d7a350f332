# A decorator that raises: the traceback points at the decorator line, the
# innermost decorator runs first, and the class decorators the same.
import traceback

def ok(f):
    print("ok decorates", f.__name__)
    return f

def fails(f):
    raise RuntimeError(f"cannot decorate {f.__name__}")

def factory(tag):
    print("factory", tag)
    return ok

try:
    @ok
    @factory("x")
    @fails
    def g():
        pass
except RuntimeError:
    print(traceback.format_exc().replace(__file__, "FILE"))

@ok
@factory("cls")
class C:
    pass

@ok
@fails
class D:
    pass
