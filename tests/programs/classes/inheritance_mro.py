class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(Dog("rex").speak(), Puppy("bit").speak(), Animal("x").speak())
print([k.__name__ for k in D.__mro__], D().who())
print(isinstance(Puppy("p"), Animal), issubclass(D, C), issubclass(C, B), Dog.__bases__, D.__base__)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
