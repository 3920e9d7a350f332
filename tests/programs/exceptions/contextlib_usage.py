from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing
import io


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("inside", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ["a", "b"]]
    stack.callback(print, "callback runs first")
    print(names)
with nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with closing(buf):
    buf.write("data")
print(buf.closed)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
