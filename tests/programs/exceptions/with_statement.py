class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}", exc_type.__name__ if exc_type else None)
        return self.suppress


with Resource("a") as r:
    print("using", r.name)
with Resource("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)
