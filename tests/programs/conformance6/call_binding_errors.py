# Argument binding: keyword-only, positional-only, *args/**kwargs and the TypeErrors of Python and built-in functions and methods.
import sys
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 3, 'z': 0}))
tests = [lambda: f(), lambda: f(1), lambda: f(1, 2, c=3, a=1), lambda: f(1, c=1, **{'c': 2}), lambda: f(1, c=2, **{1: 2}),
         lambda: f(**[1]), lambda: f(*5, c=1), lambda: (lambda x, /, y: 0)(x=1, y=2), lambda: (lambda *, k: 0)(1),
         lambda: (lambda: 0)(1), lambda: (lambda a, b: 0)(1, 2, 3), lambda: (lambda a, b=1: 0)(), lambda: len(),
         lambda: len(1, 2), lambda: int('3', 10, 5), lambda: dict(1, 2), lambda: [].append(), lambda: {}.get(),
         lambda: sorted([], 1), lambda: print(sepx=1), lambda: isinstance(1), lambda: getattr(1), lambda: setattr(1, 'a'),
         lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1, 2, 0), lambda: str(1, 2, 3, 4), lambda: object(1),
         lambda: type('X'), lambda: type(1, 2), lambda: zip(1), lambda: map(len), lambda: divmod(1), lambda: pow(),
         lambda: max(1), lambda: enumerate(), lambda: iter(1, 2, 3), lambda: next(), lambda: 'a'.join(), lambda: 'a'.split(1),
         lambda: [1].index(), lambda: [].pop(1), lambda: {}.pop(), lambda: set().add(), lambda: ().count(), lambda: 'x'.encode(1)]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
    except ValueError as e:
        print('ValueError:', e)
    except IndexError as e:
        print('IndexError:', e)
class K:
    def method(self, x): pass
    @classmethod
    def cm(cls, y): pass
    @staticmethod
    def sm(z): pass
for t in [lambda: K().method(), lambda: K.method(1), lambda: K().method(1, 2), lambda: K.cm(), lambda: K().sm(1, 2), lambda: K(1), lambda: K.method(K(), x=1, y=2)]:
    try: t()
    except TypeError as e: print('TypeError:', e)
