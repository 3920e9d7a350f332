class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"


d = UpperDict()
d["a"] = 1
d["b"] = 2
print(d, isinstance(d, dict), len(d), d.get("A"))
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), len(s), type(s).__name__, type(s + [9]).__name__)
t = Celsius(21.456)
print(repr(t), t + 1, type(t + 1).__name__, [t])


class MyError(ValueError):
    pass


try:
    raise MyError("custom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))


class Name(str):
    def greet(self):
        return "hi " + self


n = Name("bob")
print(n.greet(), n.upper(), type(n.upper()).__name__, n == "bob")
