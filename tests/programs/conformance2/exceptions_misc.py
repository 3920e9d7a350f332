# Exception behaviours: groups, except*, notes, assert messages, exit codes.
def f():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    f()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled key")
except ExceptionGroup as rest:
    print("rest", repr(rest), rest.exceptions)
eg = ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(str(eg), len(eg.exceptions), isinstance(eg, Exception))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("x", [BaseException()])
except TypeError as e:
    print("TypeError", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError", err)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
for v in [1, -1, 2.5]:
    try:
        check(v)
    except AssertionError as err:
        print("AssertionError", repr(err), err.args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(OSError(2, "No such file")))
err = OSError(2, "No such file", "x.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__, type(FileNotFoundError()).__mro__[1].__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyError(404, "missing")
except MyError as me:
    print(me, repr(me), me.args)
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()), repr(Quiet(1, 2)), str(Quiet("only")))
try:
    raise TypeError
except TypeError as te:
    print(repr(te), te.args, te.__traceback__ is not None)
try:
    raise 5
except TypeError as te:
    print("TypeError", te)
try:
    raise ValueError from 5
except TypeError as te:
    print("TypeError", te)
def gen():
    try:
        yield 1
    finally:
        print("gen cleanup")
g = gen(); next(g); g.close()
try:
    try:
        1 / 0
    finally:
        print("finally runs")
except ZeroDivisionError as z:
    print("caught", z)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
def ret():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print("break in finally")
                break
    return "after"
print(ret())
try:
    raise KeyError("x") from ValueError("y")
except KeyError as ke:
    print(repr(ke.__cause__), ke.__suppress_context__)
import sys
try:
    raise RuntimeError("info")
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info())
