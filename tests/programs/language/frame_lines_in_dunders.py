# The line a frame reports (f_lineno via sys._getframe, a warning's stacklevel)
# while Python code it triggered runs: a dunder, a property, __bool__, a
# generator resumed by a for loop, a comprehension. Each must name the line of
# the instruction that called out, not the line of the previous call.
import sys, warnings
def where():
    f = sys._getframe(2)
    return f.f_lineno
class V:
    def __add__(self, o):
        return where()
    def __lt__(self, o):
        return where() < 0
    @property
    def p(self):
        return where()
    def __getitem__(self, i):
        return where()
    def __len__(self):
        return 3
    def __bool__(self):
        print("bool at", where())
        return True
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
def gen():
    yield where()
    yield where()
def main():
    v = V()
    print("add", v + v)
    print("prop",
          v.p)
    print("item", v[0])
    if v:
        pass
    print("lt", v < v)
    g = gen()
    print("gen", next(g))
    for x in [1, 2]:
        print("loop", x)
    for y in gen():
        print("genloop", y)
    print("list", [where() for i in range(1)])
    def warn():
        warnings.warn("careful", UserWarning, stacklevel=2)
    class W:
        @property
        def w(self):
            warn()
            return 1
    print(W().w)
main()
