import sys


def process():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    process()
except ValueError as e:
    print("outer got", e)

try:
    try:
        raise TypeError("t")
    except TypeError:
        exc_type, exc, tb = sys.exc_info()
        print(exc_type.__name__, exc, tb is not None)
        raise
except TypeError as e:
    print("again", e)
print(sys.exc_info())


def cleanup_order():
    events = []
    try:
        try:
            raise RuntimeError("x")
        finally:
            events.append("inner finally")
    except RuntimeError:
        events.append("handler")
    finally:
        events.append("outer finally")
    return events


print(cleanup_order())
