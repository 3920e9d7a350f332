a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
empty = ()
print(None is None, type(None).__name__, [] == [], empty is empty, "" == "")
x = 256
y = 256
print(x == y)


class AlwaysEqual:
    def __eq__(self, other):
        return True


obj = AlwaysEqual()
print(obj == 5, obj != 5, [obj] == [1], obj in [1, 2])
print(1 == 1.0, "a" * 3 == "aaa", [1, [2]] == [1, [2]])
print(float("nan") != float("nan"), {1, 2} == {2, 1}, (1, 2) == [1, 2], {"a": 1} == {"a": 1.0})
