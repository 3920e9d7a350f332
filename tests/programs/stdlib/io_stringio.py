import io

buf = io.StringIO()
buf.write("first line\n")
print("second line", file=buf)
buf.writelines(["third\n", "fourth\n"])
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(6)))
for line in buf:
    print("iter:", line.rstrip())
src = io.StringIO("a,b\nc,d\n")
rows = [line.strip().split(",") for line in src]
print(rows)
b = io.BytesIO(b"binary")
print(b.read(3), b.read(), b.getvalue())
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
