# super() in its forms, __new__ corners, __class__ assignment, mappingproxy.
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @staticmethod
    def st():
        return "A.st"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    def via_explicit(self):
        return super(B, self).who(), super(A, self).__class__.__name__
    def in_nested(self):
        def inner():
            return super().who()
        return inner()
    def in_lambda(self):
        return (lambda: super().who())()
    def in_comprehension(self):
        return [super().who() for _ in range(1)]
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), D.make(), [k.__name__ for k in D.__mro__], B().via_explicit())
for m in ("in_nested", "in_lambda", "in_comprehension"):
    try:
        print(m, getattr(B(), m)())
    except (RuntimeError, TypeError) as e:
        print(m, type(e).__name__ + ":", e)
print(super(B, B()).who(), super(B, B).make(), super(D, D()).who())
try:
    super(B, A()).who()
except TypeError as e:
    print("TypeError:", e)
sup = super(B, B())
print(type(sup).__name__, repr(sup).split(" ")[0], sup.__thisclass__.__name__, sup.__self_class__.__name__)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("  init", v)
        self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())

class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
u = Up("abc")
print(u, u.orig, isinstance(u, str), u + "!", type(u + "!").__name__, len(u), repr(u))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(1, 2)
print(p, p.x, p + (3,), type(p[:1]).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(A, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1, k=2)
except TypeError as e:
    print("TypeError:", e)

class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

mp = A.__dict__
print(type(mp).__name__, "who" in mp, mp["st"].__class__.__name__)
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(A.__name__, A.__qualname__, B.__base__.__name__, D.__bases__ == (B, C), A.__doc__, A().__module__ if False else A.__module__)
A.__name__ = "Renamed"
print(A, A.__qualname__)
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
