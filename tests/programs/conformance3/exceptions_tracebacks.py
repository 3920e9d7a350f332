# Exceptions: chaining, finally with return/break/continue, except*,
# ExceptionGroup, assert messages, tracebacks through comprehensions,
# generators, __init__ and property getters (printed with traceback).
import traceback

def show(fn):
    try:
        fn()
    except BaseException:
        text = traceback.format_exc()
        print(text.replace(__file__, "FILE"))

def in_comprehension():
    return [1 / x for x in (1, 0)]
show(in_comprehension)

def gen():
    yield 1
    raise ValueError("from generator")
show(lambda: list(gen()))

class Init:
    def __init__(self, v):
        self.v = int(v)
show(lambda: Init("nope"))

class Prop:
    @property
    def value(self):
        return {}["missing"]
show(lambda: Prop().value)

def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
show(chained)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
show(implicit)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
show(suppressed)

def nested(n):
    if n == 0:
        raise LookupError("deep")
    return nested(n - 1)
show(lambda: nested(3))

def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_return())

def finally_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(finally_loop())

def finally_break_swallows():
    for _ in range(2):
        try:
            raise KeyError("swallowed")
        finally:
            break
    return "after break"
print(finally_break_swallows())

def return_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(return_in_try())

# assert messages
for args in [(False,), (False, "custom message"), (0, ["list", 1])]:
    try:
        if len(args) == 1:
            assert args[0]
        else:
            assert args[0], args[1]
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)

# except* and ExceptionGroup
def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("types:", eg.exceptions)
except* LookupError as eg:
    print("lookups:", repr(eg))

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(eg))
print(eg.split(ValueError)[0])
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(str(ExceptionGroup("one", [ValueError()])), len(eg.exceptions))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
show(raise_group)

try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg))

# exception attributes and notes
e = ValueError("a", 2)
e.add_note("note one")
print(e.args, str(e), repr(e), e.__notes__)
show(lambda: (_ for _ in ()).throw(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "No such file")), OSError(2, "No such file").errno, str(OSError(2, "x", "f.txt")))
print(StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(isinstance(FileNotFoundError(), OSError), FileNotFoundError.__mro__[1].__name__, IOError is OSError, EnvironmentError is OSError)
