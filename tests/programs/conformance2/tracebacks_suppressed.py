# raise ... from None hides the context; a finally that returns swallows.
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no such key: {key!r}") from None

print(swallow())
print(lookup({"a": 1}, "a"))
try:
    lookup({}, "b")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
lookup({}, "zz")
