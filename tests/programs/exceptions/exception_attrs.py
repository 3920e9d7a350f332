try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    int("x")
except ValueError as e:
    print(repr(e), e.args)
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, str(e), type(e).__name__)
e = Exception("a", 1)
print(str(e), repr(e), e.args, str(Exception()), repr(Exception()))
print(repr(StopIteration(5).value), SystemExit(3).code, KeyError("k").args)
try:
    [].missing_method()
except AttributeError as e:
    print(e, e.name)
try:
    undefined_thing
except NameError as e:
    print(e, e.name)
err = ValueError("note me")
err.add_note("extra context")
print(err.__notes__)
print(isinstance(ValueError(), Exception), issubclass(KeyboardInterrupt, Exception), issubclass(KeyError, LookupError))
