class C:
    x = 1
c = C()
for expr in ["c.nope", "C.nope", "(1).nope", "None.foo", "'s'.bar", "len.zz"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__, e)
five = 5
none = None
for stmt in ["t = (1, 2); t[0] = 3", "del (1,)[0]"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(e)
for expr in ["1 + 'a'", "'a' + 1", "[1] + (1,)", "None < 1", "1 < 'a'", "{} < {}", "-'a'", "~1.5", "len(5)", "five()", "iter(5)", "next(iter([]))", "none[0]", "hash([])", "hash({})", "1 in 5", "'a' in 5", "int('x')", "[].pop()", "{}.pop('k')", "1 / 0", "1 // 0", "1 % 0", "2 ** -1", "0 ** -1", "abs('a')", "'%d' % 'a'", "C()()", "c.x()", "object.__new__(1)", "type('X', 5, {})"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e:
    print(e)
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e:
    print(e)
class L:
    def __len__(self): return -1
try:
    len(L())
except ValueError as e:
    print(e)
class H:
    def __hash__(self): return 'x'
try:
    hash(H())
except TypeError as e:
    print(e)
class I:
    def __iter__(self): return 5
try:
    iter(I())
except TypeError as e:
    print(e)
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx() as v:
    print(v)
    raise KeyError('x')
print('after')
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
def g():
    yield 1
gen = g()
print(type(gen).__name__, gen.__name__, gen.__qualname__, gen.gi_running)
print(list(gen), list(gen))
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def running():
    yield gen2.gi_running
    next(gen2)
gen2 = running()
print(next(gen2))
try:
    next(gen2)
except ValueError as e:
    print(e)
gen3 = g()
try:
    gen3.send(5)
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a):
        print('meta call', a)
        return super().__call__(*a)
    def __instancecheck__(cls, x):
        return x == 42
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
print(M(3).v, isinstance(42, M), isinstance(3, M))
class WithClassGetitem:
    def __class_getitem__(cls, item):
        return ('cg', cls.__name__, item)
print(WithClassGetitem[int])
print(list[int], dict[str, int])
class A1:
    def __init__(self):
        self.__private = 1
    def get(self): return self.__private
print(A1().get(), A1()._A1__private)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
Counter(); Counter()
print(Counter.count)
print(int.__name__, int.__qualname__, int.__module__, object.__bases__, type.__mro__, bool.__mro__)
print(type(len), type([].append), type(list.append), type(C.__dict__), type(c.__init__).__name__ in ('method-wrapper', 'builtin_function_or_method'))
print(C.__dict__['x'], 'x' in C.__dict__, C.__doc__, c.__module__)
def fn(a, b=1, *, c=2): 'doc here'
print(fn.__name__, fn.__defaults__, fn.__kwdefaults__, fn.__doc__, fn.__code__.co_varnames, fn.__code__.co_argcount)
fn.attr = 5
print(fn.attr, fn.__dict__)
print(callable(fn), callable(1), callable(C), callable(c))
s = super(C, c)
print(type(s).__name__)
class E(Exception): pass
print(repr(E()), str(E('a', 'b')), E.__mro__)
try:
    raise E
except E as e:
    print('caught', repr(e))
class Slots:
    __slots__ = ['a']
try:
    Slots().__dict__
except AttributeError as e:
    print(e)
print(getattr(c, 'zz', 'default'), hasattr(c, 'x'), hasattr(c, 'nope'))
setattr(c, 'dyn', 7); print(c.dyn); delattr(c, 'dyn'); print(hasattr(c, 'dyn'))
try:
    delattr(c, 'dyn')
except AttributeError as e:
    print(e)
