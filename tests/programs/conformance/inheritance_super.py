# Inheritance: super() in single and multiple inheritance, MRO, overriding,
# class attributes vs instance attributes, isinstance/issubclass.
class Base:
    kind = 'base'

    def __init__(self, name):
        self.name = name
        print('Base.__init__', name)

    def describe(self):
        return f'{self.kind}:{self.name}'

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'


class Child(Base):
    kind = 'child'

    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def describe(self):
        return super().describe() + f'/{self.age}'


c = Child('kid', 7)
print(c.describe(), c, Child.kind, Base.kind, c.kind)
print(isinstance(c, Base), issubclass(Child, Base), issubclass(Base, Child), Child.__bases__, Child.__mro__)


class A:
    def who(self):
        return ['A']


class B(A):
    def who(self):
        return ['B'] + super().who()


class C(A):
    def who(self):
        return ['C'] + super().who()


class D(B, C):
    def who(self):
        return ['D'] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(D, D()).who())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.count, objs[0].count)
objs[0].count = 99
print(objs[0].count, objs[1].count, Counter.count)
try:
    class X(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)


class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


for shape in [Sq(3), Shape()]:
    try:
        print(shape.area())
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(type(c).__name__, type(c).__qualname__, Child.__name__, c.__class__ is Child, c.__dict__)
