from collections import ChainMap, UserDict, UserList

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm.items()))
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], cm.maps)
cm["new"] = 1
print(overrides)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict()
d["KEY"] = 1
d.update({"Other": 2})
print(d, "key" in d, len(d))


class Bag(UserList):
    def total(self):
        return sum(self)


b = Bag([1, 2, 3])
b.append(4)
print(b, b.total(), b[1:], type(b[1:]).__name__)
