# obj.name(...) call sites (LOAD_METHOD) meeting static and class methods,
# callables stored on the instance, shadowing, __getattr__, and classes that
# change between calls at the same site.


class Tool:
    def __init__(self, label):
        self.label = label

    @staticmethod
    def twice(x):
        return x * 2

    @classmethod
    def kind(cls, x):
        return cls.__name__, x

    def plain(self, x):
        return self.label, x


class Sub(Tool):
    @staticmethod
    def kind(x):
        return 'static in Sub', x


def use(objs):
    out = []
    for o in objs:
        out.append(o.twice(3))
        out.append(o.kind(4))
        out.append(o.plain(5))
    return out


t, s = Tool('t'), Sub('s')
for _ in range(3):
    print(use([t, s, t]))

t.twice = lambda x: ('instance twice', x)
t.plain = print
print(use([t, s]))
del t.twice
print(use([t]))
Tool.twice = staticmethod(lambda x: ('replaced', x))
Tool.kind = classmethod(lambda cls, x: ('new kind', cls.__name__, x))
print(use([t, s]))


class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)


class Holder:
    def __init__(self):
        self.cb = lambda v: v + 1
        self.items = []


d, h = Dyn(), Holder()
for i in range(3):
    print(d.anything(i), h.cb(i), h.items.append(i), h.items)
h.cb = len
print(h.cb('abcd'))
try:
    t.kind()
except TypeError as e:
    print(e)
try:
    s.missing()
except AttributeError as e:
    print(e)
