import operator
import keyword
from collections import abc

print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truth([]), operator.contains([1], 1))
get_second = operator.itemgetter(1)
get_many = operator.itemgetter(0, 2)
print(get_second("xyz"), get_many("xyz"), sorted([(1, "b"), (2, "a")], key=get_second))


class P:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting):
        return f"{greeting}, {self.name}"


print(operator.attrgetter("name")(P("ann")), operator.methodcaller("greet", "hi")(P("bob")))
print(keyword.iskeyword("for"), keyword.iskeyword("print"), len(keyword.kwlist), keyword.softkwlist)
print(isinstance([], abc.MutableSequence), isinstance({}, abc.Mapping), isinstance((), abc.Hashable))
print(isinstance(iter([]), abc.Iterator), isinstance(len, abc.Callable), issubclass(str, abc.Sequence))


class Box(abc.Sized):
    def __len__(self):
        return 3


print(len(Box()), isinstance(Box(), abc.Sized), isinstance(5, abc.Sized))
