# super().name(...) calls: the vm calls a function found after the class in
# the MRO directly with the instance; every other kind of attribute goes
# through super's own lookup.
class Base:
    label = 'base'

    def greet(self, who):
        return 'Base.greet(%s, %s)' % (type(self).__name__, who)

    @classmethod
    def make(cls):
        return 'Base.make(%s)' % cls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def kind(self):
        return 'Base.kind'


class Left(Base):
    def greet(self, who):
        return 'Left>' + super().greet(who)


class Right(Base):
    def greet(self, who):
        return 'Right>' + super().greet(who)


class Diamond(Left, Right):
    def greet(self, who):
        return 'Diamond>' + super().greet(who)

    @classmethod
    def make(cls):
        return 'Diamond>' + super().make()

    def use_helper(self):
        return super().helper(21)

    def read(self):
        return super().kind, super().label

    def missing(self):
        return super().nothing_here()


d = Diamond()
print(d.greet('you'))
print(Diamond.make(), d.make())
print(d.use_helper(), d.read())
for i in range(3):
    print(Left().greet(i), Right().greet(i))
try:
    d.missing()
except AttributeError as e:
    print(type(e).__name__, e)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n


class Loud(Counter):
    def bump(self, k=1):
        return -super().bump(k)


c = Loud()
print([c.bump() for _ in range(3)], c.bump(k=10), c.n)


class Shadow(Counter):
    def bump(self, k=1):
        self.bump = lambda k=1: 'instance attribute'
        return super().bump(k)


s = Shadow()
print(s.bump(), s.bump(), Shadow.bump(s))
print(super(Loud, c).bump(5), super(Loud, c).bump.__func__.__qualname__)
