class Empty:
    def __len__(self):
        return 0


class Falsy:
    def __bool__(self):
        return False


class Plain:
    pass


print(bool(Empty()), bool(Falsy()), bool(Plain()), not Empty(), "yes" if Falsy() else "no")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
items = [Empty(), Falsy(), Plain(), 0, "x"]
print([type(i).__name__ for i in items if i])
