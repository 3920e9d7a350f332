# Calling __get__ of built-in descriptors directly: owner is optional, (None, None) is invalid
class P:
    def who(self): return 'P.who of ' + type(self).__name__
    @classmethod
    def cm(cls): return 'cm of ' + cls.__name__
    @staticmethod
    def sm(): return 'sm'
    @property
    def pr(self): return 'prop'
class Q(P):
    pass

p, q = P(), Q()
d = P.__dict__
cases = [
    ('function, instance only', lambda: d['who'].__get__(q)()),
    ('function, None + owner', lambda: d['who'].__get__(None, P) is d['who']),
    ('function, instance + owner', lambda: d['who'].__get__(p, P)()),
    ('classmethod, instance only', lambda: d['cm'].__get__(q)()),
    ('classmethod, None + owner', lambda: d['cm'].__get__(None, Q)()),
    ('staticmethod, instance only', lambda: d['sm'].__get__(p)()),
    ('property, instance only', lambda: d['pr'].__get__(p)),
    ('property, None + owner', lambda: d['pr'].__get__(None, P) is d['pr']),
    ('bound method rebinding', lambda: p.who.__get__(q)()),
    ('method descriptor', lambda: str.__dict__['upper'].__get__('abc')()),
    ('method descriptor, None + owner', lambda: str.__dict__['upper'].__get__(None, str) is str.__dict__['upper']),
    ('getset descriptor', lambda: int.__dict__['real'].__get__(5)),
    ('getset, None + owner', lambda: type(int.__dict__['real'].__get__(None, int)).__name__),
    ('classmethod descriptor', lambda: dict.__dict__['fromkeys'].__get__({})('ab')),
    ('function (None, None)', lambda: d['who'].__get__(None, None)),
    ('classmethod (None, None)', lambda: d['cm'].__get__(None, None)),
    ('staticmethod (None, None)', lambda: d['sm'].__get__(None, None)),
    ('property (None, None)', lambda: d['pr'].__get__(None, None)),
    ('method descriptor (None, None)', lambda: str.__dict__['upper'].__get__(None, None)),
    ('getset (None, None)', lambda: int.__dict__['real'].__get__(None, None)),
]
for label, fn in cases:
    try:
        print(label, '->', fn())
    except TypeError as e:
        print(label, '->', type(e).__name__, e)

class Meth:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.f.__get__(obj)
class R:
    @Meth
    def hello(self): return 'hello from ' + type(self).__name__
print(R().hello(), type(R.hello).__name__)
bound = (lambda self, x: (self, x)).__get__('me')
print(bound(1), bound.__self__, bound.__func__.__name__)
class Holder:
    borrowed = p.who
    builtin = len
print(Holder().borrowed(), Holder.borrowed(), Holder().builtin([1, 2]), hasattr(p.who, '__get__'))
