# Metaclass dunders, __init_subclass__ with keywords, __set_name__ descriptors with __delete__, __class_getitem__, __slots__ errors, __getattr__ fallbacks.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault('tag', kw.get('tag', 'none'))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __repr__(cls): return f'<class {cls.__name__} tag={cls.tag}>'
    def __len__(cls): return 42
    def __getitem__(cls, k): return f'{cls.__name__}[{k}]'
    def __iter__(cls): return iter(range(3))
    def __contains__(cls, x): return x == 'magic'
    def __call__(cls, *a, **k):
        print('creating', cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta, tag='alpha'):
    def __init__(self, x=0): self.x = x
class B(A): pass
print(A, B, len(A), A[5], list(B), 'magic' in A, 'x' in A, A(1).x, B(x=2).x, type(A).__name__, isinstance(A, Meta))
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class P1(Plugin): pass
class P2(Plugin, name='second'): pass
print(Plugin.registry, P2.plugin_name)
try:
    class P3(Plugin, bogus=1): pass
except TypeError as e: print(e)
class Field:
    def __set_name__(self, owner, name): self.name = '_' + name; print('set_name', owner.__name__, name)
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
    def __delete__(self, obj): print('deleting', self.name); delattr(obj, self.name)
class M:
    f = Field(); g = Field()
m = M(); print(m.f); m.f = 5; print(m.f, m.__dict__); del m.f; print(m.f, type(M.f).__name__)
class GA:
    def __class_getitem__(cls, item): return f'{cls.__name__}<{item!r}>'
print(GA[int], GA[1, 2], list[int], dict[str, list[int]], type(list[int]).__name__, list[int] == list[int])
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Slotted()
try: s.c = 3
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
try:
    class Bad:
        __slots__ = ('x',)
        x = 5
except ValueError as e: print(e)
print(hasattr(s, '__dict__'), Slotted.__slots__, sorted(k for k in dir(s) if not k.startswith('__')))
class WithGetattr:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith('dyn_'): return name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
w = WithGetattr(); print(w.real, w.dyn_hello, getattr(w, 'nope', 'default'))
try: w.nope
except AttributeError as e: print(e)
class GA2:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError('hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback:' + name
print(GA2().secret, GA2().other)
