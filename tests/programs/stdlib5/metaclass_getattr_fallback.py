class D:
    def __get__(self, inst, owner): raise AttributeError('from descriptor')
class Meta(type):
    def __getattr__(cls, name): return 'meta getattr ' + name
class A(metaclass=Meta):
    d = D()
print(A.d, A.missing)
class B:
    d = D()
    def __getattr__(self, name): return 'inst getattr ' + name
print(B().d)
class C:
    @property
    def p(self): raise AttributeError('prop')
    def __getattr__(self, name): return 'fallback ' + name
print(C().p)
