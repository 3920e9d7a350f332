import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "2.0"]]
print(sorted(versions), max(versions), min(versions))
print(Version("1.0") <= Version("1.0"), Version("1.1") > Version("1.0.9"), Version("3") >= Version("4"))


class Weird:
    def __eq__(self, other):
        return "yes"


print(Weird() == 1, Weird() != 1)


class NoCompare:
    pass


try:
    NoCompare() < NoCompare()
except TypeError as e:
    print("TypeError:", e)
