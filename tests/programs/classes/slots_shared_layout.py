class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ()
class C(A):
    __slots__ = ()
class D(B, C):
    __slots__ = ()
d = D(); d.x = 1; print(d.x, D.__mro__)
class E(A): pass
class F(A): pass
class G(E, F): pass
g = G(); g.x = 2; g.y = 3; print(g.x, g.y)
class H(A):
    __slots__ = ('y',)
try:
    class I(H, C): pass
    print('ok I')
except TypeError as e: print(e)
class J:
    __slots__ = ('y',)
try:
    class K(A, J): pass
except TypeError as e: print(e)
class L(D):
    __slots__ = ('w',)
l = L(); l.x = 5; l.w = 6
print(l.x, l.w, [k for k in ('x', 'w') if hasattr(l, k)])
try:
    class M(L, H): pass
except TypeError as e: print(e)
