# __slots__ with __dict__, __getattr__ vs __getattribute__, __missing__
class S:
    __slots__ = ('a', 'b')
class SD:
    __slots__ = ('a', '__dict__')
s = S()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(s.b)
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, '__dict__'), S.a, type(S.__dict__['a']).__name__)
sd = SD()
sd.a = 1; sd.z = 2
print(sd.__dict__, sd.a)
class Sub(S):
    pass
x = Sub(); x.q = 5
print(x.__dict__)
class Sub2(S):
    __slots__ = ('c',)
y = Sub2(); y.a = 1; y.c = 2
print(y.a, y.c, hasattr(y, '__dict__'))
try:
    class Conf(S):
        __slots__ = ('a',)
    print("ok conflict?", Conf.__slots__)
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return f"computed-{name}"
l = Lazy()
print(l.real, l.other, getattr(l, 'zz', 'dflt'), hasattr(l, '_p'))

class Spy:
    def __init__(self):
        self.log = []
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
    def meth(self):
        return 'm'
sp = Spy()
print(sp.meth(), sp.nothing, sp.log)

class Raiser:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr got " + name
print(Raiser().p)

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = DefaultDict(a=1)
print(d['a'], d['hello'], d, d.get('zz'), 'zz' in d)
class NoMissing(dict):
    pass
try:
    NoMissing()['q']
except KeyError as e:
    print(type(e).__name__, e)
class Setattr:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v * 2)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
o = Setattr(); o.v = 4; print(o.v); del o.v
try:
    del o.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del [].append
except AttributeError as e:
    print(type(e).__name__, e)
