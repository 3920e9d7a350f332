import reprlib
from collections import deque
from array import array

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset("abcdefghij")))
print(reprlib.repr({i: str(i) * i for i in range(10)}), reprlib.repr({}))
print(reprlib.repr("x" * 100))
print(reprlib.repr("short"), reprlib.repr("a'b" * 20))
print(reprlib.repr(2 ** 200), reprlib.repr(12345))
print(reprlib.repr(deque(range(10))), reprlib.repr(array('i', range(10))), reprlib.repr(array('d')))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr({3, 'a', 1.5}) in ("{'a', 1.5, 3}", "{1.5, 3, 'a'}", "{3, 'a', 1.5}"))


class Big:
    def __repr__(self):
        return "Big(" + ", ".join(str(i) for i in range(50)) + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Big()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
print(r.repr([1, 2, 3, 4]), r.repr("abcdefghijklmnop"), r.repr([[[1]]]))


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.name}, {self.children})"


t = Tree("root")
t.children.append(t)
t.children.append(Tree("leaf"))
print(t)
print(Tree.__repr__.__name__, Tree.__repr__.__qualname__)


class Custom(reprlib.Repr):
    def repr_int(self, x, level):
        return hex(x)


print(Custom().repr([1, 255, "x"]))
