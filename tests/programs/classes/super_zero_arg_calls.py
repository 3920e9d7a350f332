# super() without arguments called in loops: methods, classmethods, properties,
# staticmethods and plain class values found after the class in the MRO,
# cooperative chains, errors, and a replaced base method seen at once.


class Base:
    tag = 'base'

    def __init__(self, v):
        self.v = v

    def m(self, k):
        return ('Base.m', type(self).__name__, k)

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def st(x):
        return x * 2

    @property
    def p(self):
        return self.v + 1


class Mid(Base):
    def m(self, k):
        return ('Mid',) + super().m(k)


class Leaf(Mid):
    tag = 'leaf'

    def __init__(self, v):
        super().__init__(v * 10)

    def m(self, k):
        return ('Leaf',) + super().m(k)

    def info(self):
        return super().tag, super().st(3), super().p, self.tag

    @classmethod
    def make(cls, v):
        return ('Leaf.make', super().make(v).v)


total = 0
for i in range(3):
    leaf = Leaf(i)
    print(leaf.m(i), leaf.info(), Leaf.make(i))
    total += leaf.v
print(total)

Base.m = lambda self, k: ('new Base.m', k)
print(Leaf(1).m(5))


class A:
    def hello(self):
        return ['A']


class B(A):
    def hello(self):
        return ['B'] + super().hello()


class C(A):
    def hello(self):
        return ['C'] + super().hello()


class D(B, C):
    def hello(self):
        return ['D'] + super().hello()


print(D().hello(), B().hello(), [k.__name__ for k in D.__mro__])


class Broken(A):
    def nothing(self):
        return super().missing

    def noargs():
        return super()

    def inner(self):
        def f():
            return super().hello()
        return f()


for name in ('nothing', 'inner'):
    try:
        print(getattr(Broken(), name)())
    except (AttributeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    Broken.noargs()
except RuntimeError as e:
    print('RuntimeError', e)
s = super(B, D())
print(s.hello(), type(s).__name__)
