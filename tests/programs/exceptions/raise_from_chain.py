class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e


try:
    load("abc")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print("context:", repr(e.__context__), e.__cause__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
