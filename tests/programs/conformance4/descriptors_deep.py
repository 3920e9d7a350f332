# Descriptors: data vs non-data precedence, __set_name__, __delete__, class access
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} of {self.owner}>"
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from-nondata"

class Point:
    x = Typed(int)
    y = Typed(float)
    nd = NonData()

p = Point()
print(Point.x, Point.y)
print(p.x)
p.x = 3
print(p.x, vars(p))
try:
    p.y = 3
except TypeError as e:
    print(type(e).__name__, e)
del p.x
print(p.x)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(p.nd)
p.__dict__['nd'] = 'instance-wins'
print(p.nd)
p.__dict__['x'] = 'dict-loses'
print(p.x)

class Later:
    pass
t = Typed(str)
Later.attr = t
print(hasattr(t, 'name'))
t.__set_name__(Later, 'attr')
print(Later.attr)

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class C:
        z = BadSetName()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__notes__ if hasattr(e, '__notes__') else None)

# property with setter/deleter and docs
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.celsius, t.f, Temp.celsius.__doc__)
del t.celsius
for op in ("t.f = 1", "del t.f"):
    try:
        exec(op)
    except AttributeError as e:
        print(type(e).__name__, e)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.f.fset)
