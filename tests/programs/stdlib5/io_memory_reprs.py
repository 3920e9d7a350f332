import io
print(repr(io.StringIO())[:25], repr(io.BytesIO())[:24])
