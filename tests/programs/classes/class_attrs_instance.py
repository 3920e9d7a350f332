class Counter:
    total = 0
    items = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.items.append(name)


a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, Counter.items, a.items is b.items)
a.total = 100
print(a.total, b.total, Counter.total, "total" in a.__dict__)
print(sorted(a.__dict__), Counter.__name__, a.__class__.__name__, Counter.__qualname__)


class Outer:
    class Inner:
        pass

    def method(self):
        return self.Inner()


print(Outer.Inner.__qualname__, type(Outer().method()).__name__)
print(Counter.__dict__["total"], type(a).__dict__["total"])
