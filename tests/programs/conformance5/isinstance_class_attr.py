# isinstance() falls back to obj.__class__ when type(obj) is not a
# subclass (proxies), and class-like objects with __bases__ take part in
# isinstance/issubclass as CPython's abstract protocol allows.


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([1, 2])
print(isinstance(p, list), isinstance(p, Proxy), isinstance(p, (int, list)), type(p).__name__)
print(isinstance(p, object), p.__class__, p.count(1))


class Liar:
    __class__ = int


print(isinstance(Liar(), int), isinstance(Liar(), Liar), isinstance(Liar(), str))


class Missing:
    @property
    def __class__(self):
        raise AttributeError('no class here')


print(isinstance(Missing(), int), isinstance(Missing(), Missing))


class Failing:
    @property
    def __class__(self):
        raise ValueError('boom')


try:
    print(isinstance(Failing(), int))
except ValueError as e:
    print('ValueError', e)


class NotAType:
    __class__ = 5


print(isinstance(NotAType(), int))


class Fake:
    """Not a class, but has __bases__: enough for the abstract protocol."""
    def __init__(self, *bases):
        self.__bases__ = bases


A = Fake()
B = Fake(A)
C = Fake(B, A)


class Inst:
    __class__ = C


print(isinstance(Inst(), A), isinstance(Inst(), B), isinstance(Inst(), Fake(A)))
print(issubclass(C, A), issubclass(B, C), issubclass(C, (int, B)))
for args in [(1, int), (int, 1), (C, int), (int, C), (int, (str, 3))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance(1, 5)
except TypeError as e:
    print('TypeError', e)


class Meta(type):
    pass


class M(metaclass=Meta):
    pass


class ClaimsM:
    __class__ = M


print(isinstance(ClaimsM(), M), type.__instancecheck__(M, ClaimsM()), type.__subclasscheck__(M, M))
try:
    raise ValueError
except Exception as e:
    print(isinstance(e, ValueError))
