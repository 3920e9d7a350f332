class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


template = "Hello {name}, you owe {amount:.2f} to {creditor}"
print(template.format_map(Default(name="Ann", amount=12.5)))
print("{0} {1} {0}".format("a", "b"), "{x}{y}".format(**{"x": 1, "y": 2}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}".format(p=p), vars(p), "{:>{w}}|".format("r", w=4))
