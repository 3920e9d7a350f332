import copy

original = {"list": [1, 2, [3, 4]], "n": 5}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["list"][2].append(99)
original["n"] = 6
print(original, shallow, deep)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []


root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(root)
clone = copy.deepcopy(root)
print(clone.value, clone.children[0].value, clone.children[0].children[0] is clone, clone is not root)


class Custom:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print("custom copy")
        return Custom(self.data)

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom(copy.deepcopy(self.data, memo))


c = Custom([1])
print(copy.copy(c).data, copy.deepcopy(c).data is not c.data)
