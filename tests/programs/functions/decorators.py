import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result}")
        return result
    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


@repeat(3)
def hello(name):
    return f"hi {name}"


print(add(2, 3), add.__name__, add.__doc__)
print(hello("x"))


def register(registry):
    def deco(f):
        registry[f.__name__] = f
        return f
    return deco


handlers = {}


@register(handlers)
def on_start():
    return "started"


@register(handlers)
def on_stop():
    return "stopped"


print(sorted(handlers), handlers["on_start"]())


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls)
