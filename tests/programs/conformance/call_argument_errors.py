# TypeErrors of calls with the wrong arguments: user classes (__init__,
# methods, class/static methods), lambdas and builtins.
class P:
    def __init__(self, x, y=0, *, z):
        self.x = x
    def m(self, a):
        return a
    @classmethod
    def c(cls, a): return a
    @staticmethod
    def s(a): return a
tests = [
 'P()', 'P(1)', 'P(1, 2, 3, z=1)', 'P(1, z=1, w=2)', 'P(1, x=2, z=1)', 'P(1, z=1).m()', 'P(1, z=1).m(1, 2)', 'P.m(1)', 'P.m()',
 'P.c()', 'P.s()', 'P.s(1, 2)', 'P(1, z=1).m(a=1, b=2)', 'object().__init__(1)', 'object(1)', 'int(1, 2, 3)', 'str(1, 2)', 'list(1, 2)',
 'dict(1, 2)', 'type()', 'type(1, 2)', 'P.__init__(P.__new__(P), 1, 2, z=3)', 'len()', 'len(1, 2)', 'print(sep=1)', 'sorted()', 'sorted([], 1)',
 'max(key=len)', 'min(1, 2, foo=3)', 'isinstance(1)', 'getattr(1)', 'range()', 'range(1, 2, 3, 4)', 'enumerate()', 'zip(x=1)',
 '"a".split(1, 2, 3)', '"a".replace("a")', '[].append()', '[].append(1, 2)', '{}.get()', '{}.pop()', '"a".join()', 'abs()', 'divmod(1)',
 '(lambda x, y: 0)(1)', '(lambda: 0)(1)', '(lambda x: 0)(1, 2, 3)', '(lambda x, *, y: 0)(1, 2)', '(lambda x, *, y: 0)(1)',
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
class A:
    pass


class B:
    def __init__(self, *a):
        super().__init__(*a)


class C:
    def __new__(cls, *a):
        return super().__new__(cls)


for s in ['A().__init__(1)', 'A(1)', 'B(1)', 'C(1)', 'object.__init__(A(), 1)', 'C.__init__(C(), 1)', 'str(b"x", 1)', 'str(b"x", errors=2)', 'str(5, "utf-8")']:
    try:
        eval(s)
        print(s, 'ok')
    except TypeError as e:
        print(s, '!!', e)
