def handler_fails():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")


try:
    handler_fails()
except TypeError as e:
    print(repr(e), repr(e.__context__))


def finally_raises():
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")


try:
    finally_raises()
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e:
    print("re-raised", e.args)
