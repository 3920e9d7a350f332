# Class creation machinery: __init_subclass__ keywords, __set_name__ order,
# __class_getitem__, metaclass conflicts, __slots__ conflicts, __mro_entries__,
# __prepare__ and metaclass keywords, type() arity, MRO errors.
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print('init_subclass', cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
class A(Base, tag='a'): pass
try:
    class B(Base, tag='b', extra=1): pass
except TypeError as e: print('TypeError', e)
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class C:
    x = D()
    y = D()
    def f(self): pass
    z = D()
class G:
    def __class_getitem__(cls, item): return f'G[{item!r}]'
print(G[int], G[1, 2])
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e: print('TypeError', e)
try:
    class S1:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print('ValueError', e)
class P1: __slots__ = ('a',)
class P2: __slots__ = ('b',)
try:
    class P3(P1, P2): pass
except TypeError as e: print('TypeError', e)
class Q:
    __slots__ = ('a', '__dict__')
q = Q(); q.a = 1; q.b = 2; print(q.a, q.b, q.__dict__)
try:
    class Q2: __slots__ = ('__dict__', '__dict__')
except TypeError as e: print('TypeError', e)
try:
    class Q3(int): __slots__ = ('a',)
except TypeError as e: print('TypeError', e)
class Q4(tuple): __slots__ = ()
print(Q4((1,2)))
class ME:
    def __mro_entries__(self, bases): return (dict,)
class FromME(ME()): pass
try:
    class Bad(1): pass
except TypeError as e: print('TypeError', e)
try:
    class Bad2(A, A): pass
except TypeError as e: print('TypeError', e)
class O1: pass
class O2(O1): pass
try:
    class O3(O1, O2): pass
except TypeError as e: print('TypeError', e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, kw)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class K(metaclass=Meta, flag=True):
    a = 1
print(K.injected)
try:
    class K2(metaclass=Meta, flag=True, other=2): pass
except TypeError as e: print('TypeError', e)
print(type('T', (), {'a': 1}).a)
try: type('T', (1,), {})
except TypeError as e: print('TypeError', e)
try: type('T')
except TypeError as e: print('TypeError', e)
try: type('T', (), {}, 1)
except TypeError as e: print('TypeError', e)
class WithQual:
    class Inner:
        def m(self): pass
print(WithQual.Inner.__qualname__, WithQual.Inner.m.__qualname__)
class Final:
    def __init_subclass__(cls): raise TypeError(f'cannot subclass {cls.__name__}')
try:
    class Sub(Final): pass
except TypeError as e: print('TypeError', e)
print(FromME.__bases__)
