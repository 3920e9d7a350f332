# What a class's __dict__ holds and in which order (namespace, sorted slot
# members, __dict__/__weakref__ descriptors where CPython adds them, __doc__,
# __hash__ = None after __eq__), and what dir() lists for classes,
# instances, slotted instances and modules.
import math
import types


class A:
    x = 1

    def m(self):
        pass


class B(A):
    'doc'
    y = 2


class S:
    __slots__ = ('zeta', 'alpha')


class W:
    __slots__ = ('__weakref__', 'q', '__dict__')


class E(Exception):
    pass


class L(list):
    pass


class I(int):
    pass


class St(set):
    pass


class Eq:
    def __eq__(self, other):
        return True
    x = 1


class M(type):
    pass


for cls in [A, B, S, W, E, L, I, St, Eq, M]:
    print(cls.__name__, list(cls.__dict__))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'], A().__weakref__, S.__dict__['alpha'])
print('__dict__' in object.__dict__, '__dict__' in dir(object), '__dict__' in type.__dict__, '__dict__' in list.__dict__)
print(object.__dict__.get('__dict__'), '__weakref__' in dir(A), '__weakref__' in dir(S), '__weakref__' in dir(W))
hidden = {'__getstate__', '__reduce__'}
print([n for n in dir(A) if n not in hidden])
print([n for n in dir(S()) if n not in hidden])
a = A()
a.extra = 3
print([n for n in dir(a) if not n.startswith('__')], a.__dict__, vars(a))
print('sqrt' in dir(math), '__class__' in dir(math), dir(math) == sorted(math.__dict__))
mod = types.ModuleType('dyn', 'a module')
mod.value = 1
print(dir(mod))
mod.__dir__ = lambda: ['zz', 'aa']
print(dir(mod))
try:
    S().__dict__
except AttributeError as e:
    print('AttributeError', e)
w = W()
w.free = 1
print(w.__dict__, w.__weakref__)
