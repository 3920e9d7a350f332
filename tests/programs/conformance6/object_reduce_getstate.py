# object.__getstate__ and object.__reduce__ (protocol 0 through copyreg._reconstructor), and dir() listing them.
import copyreg
class A:
    cls_attr = 1
    def m(self): pass
class L(list): pass
class D(dict): pass
class S:
    __slots__ = ('a', 'b', '__c')
    def __init__(self): self.a = 1; self.__c = 3
class SD(S):
    def __init__(self): super().__init__(); self.z = 9
class WithState:
    def __init__(self): self.v = 5
    def __getstate__(self): return {'v': self.v * 10}
a = A(); a.x = 1
def show(r):
    return [x.__name__ if callable(x) and hasattr(x, '__name__') and not isinstance(x, type) else x for x in r]
print(show(a.__reduce__()), show(A().__reduce__()), show(L([1, 2]).__reduce__()), show(D(k=1).__reduce__()))
print(a.__reduce__()[0] is copyreg._reconstructor, show(WithState().__reduce__()), show(object().__reduce__()))
print(S().__getstate__(), SD().__getstate__(), A().__getstate__(), a.__getstate__(), (5).__getstate__(), [1].__getstate__())
for obj in [5, 'text', S(), 2.5]:
    try:
        print(obj.__reduce__())
    except TypeError as e:
        print(type(e).__name__, e)
print(dir(a))
print([n for n in dir(A) if n not in dir(object)], len(dir(object)))
