def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero")
        return None
    except TypeError as e:
        print("type problem:", e)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally runs")


print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))


def finally_overrides():
    try:
        return "try"
    finally:
        print("in finally")


print(finally_overrides())


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))


nested()
