class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))


class Method:
    def m(self):
        return self


obj = Method()
bound = obj.m
print(bound() is obj, bound.__self__ is obj, bound.__func__ is Method.m, Method.m(obj) is obj)
print(type(bound).__name__, type(Method.m).__name__, type(len).__name__)
funcs = {"double": lambda x: x * 2, "neg": lambda x: -x, "str": str}
print({name: fn(4) for name, fn in funcs.items()})
not_callable = 5
try:
    not_callable()
except TypeError as e:
    print("TypeError:", e)
