class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))

class DD(dict):
    def __missing__(self, key):
        return key * 2
d = DD(a=1)
print(d['a'], d['zz'], d)

class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__, repr(mi))

class MyStr(str):
    def shout(self):
        return self.upper() + "!"
ms = MyStr("hi")
print(ms, ms.shout(), len(ms), ms + "x")

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(42, "bad thing")
except AppError as e:
    print(e, e.code, e.args, repr(e))

class Tracked:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __getattribute__(self, name):
        if name == 'magic':
            return 'MAGIC'
        return object.__getattribute__(self, name)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
t = Tracked()
t.a = 1
t.b = 2
del t.a
print(t.log, t.magic, t.b)

class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o):
        return V(self.x + o)
    def __repr__(self): return 'V(%r)' % self.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
class W(V):
    def __radd__(self, o):
        return W(-1)
print(V(1) + V(2), 3 + V(4), V(1) + W(2), sum([V(1), V(2)], V(0)))
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), sorted([V(3), V(1), V(2)]))
try:
    hash(V(1))
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)

class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc(); a += 5; a += 6
print(a.items)

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())

class Sized:
    def __len__(self): return 0
print(bool(Sized()), bool(V(1)))

class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2))

class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    @staticmethod
    def util(): return 'util'
class Sub(Base):
    @classmethod
    def create(cls):
        return 'sub:' + super().create()
print(Sub.create(), Sub().create(), Sub.util(), Sub().util())

class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.deleter
    def v(self): print('deleting'); del self._v
p = P()
del p.v
try:
    p.v = 3
except AttributeError as e:
    print(e)

X = type('X', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(X().f(), X.__name__, type(X()), type(3), X.__module__)

class S1:
    __slots__ = ('a',)
class S2(S1):
    __slots__ = ('b',)
s = S2(); s.a = 1; s.b = 2
print(s.a, s.b, hasattr(s, '__dict__'))

class Plain: pass
pl = Plain(); pl.z = 1; pl.y = 2
print(vars(pl), pl.__dict__)
pl.__dict__['w'] = 3
print(pl.w, sorted(k for k in dir(pl) if not k.startswith('__')))

class Cat:
    def speak(self): return 'meow'
class Dog:
    def speak(self): return 'woof'
pet = Cat(); pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)

class F:
    def __format__(self, spec): return 'F[' + spec + ']'
    def __str__(self): return 'strF'
print(f'{F():abc}', f'{F()}', str(F()), format(F(), 'q'), repr(F())[:11])

print(isinstance(3, (str, int)), issubclass(bool, int), issubclass(Sub, (int, Base)))
print(Sub.__mro__, Sub.__bases__, Base.__subclasses__())
print(Sub.__qualname__, Sub.create.__self__, type(Sub.__dict__['create']).__name__)

def gen():
    x = yield 1
    print('got', x)
    try:
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 3
    return 'done'
g = gen()
print(next(g), g.send('hello'), g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def outer():
    r = yield from gen()
    print('inner returned', r)
    yield 99
print(list(outer()))
g2 = gen(); next(g2); g2.close(); print('closed')

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('ctx')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
print(NotImplemented, Ellipsis, ..., type(None)(), type(NotImplemented).__name__)
