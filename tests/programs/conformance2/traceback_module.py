# The traceback module: format_exc, print_exc, format_exception(_only), print_exception.
import traceback, sys, io, re


def show(text):
    # Only the file's name: the folder differs between checkouts.
    print(re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', text), end='')
def inner():
    raise ValueError("deep problem")
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
print(repr(traceback.format_exc()))
try:
    outer()
except RuntimeError as e:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], text.count("Traceback"))
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1], traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    out = io.StringIO()
    traceback.print_exception(e, file=out)
    show(out.getvalue())
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)) == text)
try:
    {}["k"]
except KeyError:
    out = io.StringIO()
    traceback.print_exc(file=out)
    show(out.getvalue())
e = ValueError("x")
e.add_note("a note")
print(traceback.format_exception_only(e), traceback.format_exception(e))
