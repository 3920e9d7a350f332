def documented(a, b=2, *args, c, **kw):
    """Return a thing.

    More detail here.
    """
    return a


class Thing:
    """A thing."""

    def method(self):
        """Method doc."""


print(documented.__doc__.splitlines()[0], Thing.__doc__, Thing.method.__doc__)
print(documented.__name__, documented.__qualname__, Thing.method.__qualname__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__code__.co_varnames[:4])
def annotated(x: int, y: "str" = "") -> bool:
    return True
print(annotated.__annotations__)
print((lambda: None).__doc__, len.__doc__.splitlines()[0])
