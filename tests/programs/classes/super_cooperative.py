class Base:
    def __init__(self, **kwargs):
        print("Base init", sorted(kwargs))
        super().__init__()


class Named(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        print("Named init")
        super().__init__(**kwargs)


class Aged(Base):
    def __init__(self, age, **kwargs):
        self.age = age
        print("Aged init")
        super().__init__(**kwargs)


class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init")
        super().__init__(**kwargs)


p = Person(name="ann", age=30, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])


class Child(Named):
    def __init__(self, name):
        super(Named, self).__init__(special=True)
        self.name = name


print(Child("c").name)
