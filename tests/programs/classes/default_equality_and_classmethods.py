# == and != between objects whose classes keep object's __eq__/__ne__ (identity),
# and what changes when a class (or a base, later) defines them; classmethods
# called straight off the class, through subclasses and after being replaced.


class Plain:
    pass


class Child(Plain):
    pass


a, b = Plain(), Child()
print(a == a, a == b, a != a, a != b, b == a, b != a)
print([a, b].index(b), [a, b].count(a), a in [b], b in (a, b))
items = [Plain(), a, Child(), b]
items.remove(b)
print(len(items), items[1] is a, b not in items)


class Loud:
    def __eq__(self, other):
        print('Loud.__eq__')
        return NotImplemented


print(a == Loud(), Loud() != a)

# A base gains __eq__ after instances were compared: the subclass must see it.
print(b == Child(), b != Child())
Plain.__eq__ = lambda self, other: 'plain-eq'
print(b == Child(), b != Child(), a == 1)
del Plain.__eq__
print(b == Child(), b != Child())
Child.__ne__ = lambda self, other: 'child-ne'
print(a != b, b != a, b == b)

# __class__ assignment switches the comparison protocol of one object.
class Eq:
    def __eq__(self, other):
        return True


c = Plain()
print(c == Plain())
c.__class__ = Eq
print(c == Plain(), c != Plain())


class Strength:
    count = 0

    def __init__(self, v):
        self.v = v

    @classmethod
    def stronger(cls, s1, s2):
        cls.count += 1
        return cls.__name__, s1.v < s2.v

    @classmethod
    def make(cls, *args, scale=1):
        return cls(sum(args) * scale)


class Sub(Strength):
    pass


s1, s2 = Strength(1), Strength(2)
for k in (Strength, Sub, Strength):
    print(k.stronger(s1, s2), k.make(1, 2, scale=3).v, type(k.make()).__name__)
print(Strength.count, Sub.count)
try:
    Strength.stronger(s1)
except TypeError as e:
    print(e)
Strength.stronger = classmethod(lambda cls, *a: ('replaced', cls.__name__, len(a)))
print(Sub.stronger(s1, s2), Strength.stronger())
Strength.stronger = staticmethod(lambda *a: ('static', len(a)))
print(Sub.stronger(s1, s2))
cm = classmethod(lambda cls: cls.__name__)
Sub.name = cm
print(Sub.name(), Sub(0).name())
cm.__init__(lambda cls: 'reinit ' + cls.__name__)
print(Sub.name())
