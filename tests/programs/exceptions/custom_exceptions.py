class AppError(Exception):
    """Base for the app's errors."""


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"{self.key} not found"


class Invalid(AppError):
    pass


def lookup(store, key):
    if key not in store:
        raise NotFound(key)
    if store[key] is None:
        raise Invalid(key, "is None")
    return store[key]


store = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print(lookup(store, k))
    except NotFound as e:
        print("NotFound:", e, e.key, e.args, repr(e))
    except AppError as e:
        print(type(e).__name__, e, e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, Invalid.__doc__, AppError.__doc__)
