# Grammar tour: annotations, unpacking targets, literals, decorators, argument kinds, loops with else, with, walrus, async, f-strings
x: int = 5
y: 'str'
print(__annotations__)
class A:
    a: int
    b: str = 'x'
    def f(self) -> None: pass
print(A.__annotations__, A.f.__annotations__)
*a, = [1, 2]; print(a)
(b, c), d = [1, 2], 3; print(b, c, d)
[e, *f], g = 'abc', 4; print(e, f, g)
h = i = j = 7; print(h, i, j)
k, l = l, k = 1, 2; print(k, l)
del (h, i), [j]
print('h' in dir(), 'j' in dir())
print(0_0, 1_0j, 0x_1, 0o_7, 0b_1, 1_000.000_1, 1e1_0, .5, 5., 0e0, 00, 0j)
print(rb'\x', Rb'a\n', BR'\\', f'{1}' f'{2}' 'x', u'abc', 'a' "b" '''c''' """d""")
print(1 if 0 else 2 if 0 else 3, [x for x in range(10) if x % 2 if x > 3], (lambda *, k=1: k)(), (lambda *a, **k: (a, k))(1, z=2))
print(not 1 in [1], 1 not in [2], None is not None, 1 < 2 > 1 != 3, (1 < 2) < 3)
def dec_factory(n): return lambda f: (lambda *a: f(*a) * n)
decorators = [dec_factory(2), dec_factory(3)]
@decorators[0]
@(lambda f: f)
def times(x): return x
print(times(5))
print(*[1, 2], *'ab', sep='|')
print({**{'a': 1}, **{'b': 2}, 'c': 3}, [*range(2), *[9]], (*'xy',), {*'aa', *'b'} == {'a', 'b'})
def kwonly(a, *, b, c=3, **rest): return a, b, c, rest
print(kwonly(1, b=2), kwonly(1, b=2, c=4, d=5), kwonly(*[1], **{'b': 0}))
def posonly(a, b, /, c, *, d): return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try: posonly(1, b=2, c=3, d=4)
except TypeError as ex: print(ex)
def defaults(a, b=[]):
    b.append(a); return b
print(defaults(1), defaults(2), defaults.__defaults__)
i = 0
while i < 3:
    i += 1
    if i == 2: continue
else:
    print('while else', i)
for q in range(3):
    if q == 5: break
else:
    print('for else', q)
for q in []: pass
print(q)
try:
    pass
except Exception:
    pass
else:
    print('try else')
finally:
    print('finally')
with open('grammar_tour.py') as fa, open('grammar_tour.py') as fb:
    print(fa.readline().strip(), fb.read(3))
with (open('grammar_tour.py') as fa,
      open('grammar_tour.py') as fb):
    print(fa.closed)
print(fa.closed)
assert True, 'never'
if (n := 10) > 5: print('walrus', n)
print([y for x in [[1, 2], [3]] for y in x], {x: x ** 2 for x in range(3)}, sum(x for x in range(4)))
print(type(lambda: (yield)).__name__, type((lambda: (yield))()).__name__)
async def co(): return 5
cor = co(); print(type(cor).__name__)
try: cor.send(None)
except StopIteration as si: print('coroutine result', si.value)
import asyncio
async def agen():
    for i in range(3):
        yield i
async def main():
    r = [x async for x in agen()]
    r2 = [await asyncio.sleep(0, result=i) for i in range(2)]
    return r, r2
print(asyncio.run(main()))
print(__name__, __doc__, type(__builtins__).__name__, __spec__ if False else 0)
global_var = 1
def g():
    global global_var
    global_var += 1
g(); print(global_var)
class Cnt:
    n = 0
    def __init__(self): type(self).n += 1
Cnt(); Cnt(); print(Cnt.n)
print(f'{"nested {braces}"}', f"{'a' + 'b'}", f'''{"""x"""}''', f'{3:{"<"}{4}}|')
x = 1; print(f'{x!r:>{x+2}}', f'{x=!s}', f'{(lambda: 1)()}')
print(r'\n', '\N{GREEK SMALL LETTER ALPHA}', '\u00e9', '\x41', '\101', '\0', 'a\
b')
