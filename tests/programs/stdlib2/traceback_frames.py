import io
import sys
import traceback


def inner(n):
    if n == 0:
        raise ValueError("bottom")
    return inner(n - 1)


def outer():
    return inner(2)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame is sys._getframe())
    entries = traceback.extract_tb(tb)
    for fs in entries:
        print(fs.filename.split("/")[-1], fs.lineno, fs.name, repr(fs.line), len(fs))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print(entries[-1] == (entries[-1].filename, 7, "inner", 'raise ValueError("bottom")'))
    print("".join(traceback.format_tb(tb)).replace(__file__, "FILE"), end="")
    print("".join(traceback.format_tb(tb, limit=2)).replace(__file__, "FILE"), end="")
    print("".join(traceback.format_tb(tb, limit=-1)).replace(__file__, "FILE"), end="")
    last = tb
    while last.tb_next is not None:
        last = last.tb_next
    print(last.tb_frame.f_locals, last.tb_frame.f_back.f_code.co_name)
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, len(te.stack), list(te.format_exception_only()))
    summary = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print([fs.name for fs in summary])


def show_stack():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno) for fs in stack])
    print("".join(traceback.format_stack(limit=2)).replace(__file__, "FILE"), end="")
    buffer = io.StringIO()
    traceback.print_stack(file=buffer, limit=1)
    print(buffer.getvalue().replace(__file__, "FILE"), end="")


def caller():
    show_stack()


caller()
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 9, "g", None)]))
fs = traceback.FrameSummary("nofile.py", 5, "func", line="  y = 2  ")
print(repr(fs), fs.line, list(fs))
traceback.print_list([fs], file=sys.stdout)


def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines), lines[-2].strip())

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, str(te.__cause__), te.__context__ is not None)
    out = "".join(te.format()).replace(__file__, "FILE")
    print(out, end="")
    print("".join(te.format(chain=False)).replace(__file__, "FILE"), end="")
