# Comprehension scoping, the walrus operator inside comprehensions and its SyntaxErrors, late-binding closures.
print([y for x in range(5) if (y := x * x) > 3], y)
def f():
    total = 0
    vals = [total := total + i for i in range(5)]
    return vals, total
print(f())
try:
    exec('[i := 1 for i in range(3)]')
except SyntaxError as e:
    print(e.msg)
try:
    exec('class A:\n    [z := 1 for _ in range(2)]')
except SyntaxError as e:
    print(e.msg)
x = 'outer'
print([x for x in 'ab'], x)
class C:
    val = 5
    items = [val for _ in range(2)] if False else None
    try:
        bad = [val for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.err)
g = (i for i in range(3))
print(list(g), list(g))
print({k: v for k, v in zip('abc', range(3)) if v}, {c for c in 'hello'} == set('helo'))
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [v for row in nested for v in row if v % 2 == 0])
print(any((n := v) > 2 for v in [1, 3, 5]), n)
def gen():
    yield from [(a := 3), a + 1]
print(list(gen()))
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
fs = [lambda i=i: i for i in range(3)]
print([h() for h in fs])
try:
    exec('def t():\n    [(j := 2) for j in range(3)]')
except SyntaxError as e:
    print(e.msg)
try:
    exec('[(a, b) := (1, 2)]')
except SyntaxError as e:
    print(e.msg)
print((z := 10), z, [(w := 1), w + 1])
try:
    exec('def h():\n    x = 1\n    def k():\n        nonlocal x\n        [x := 5 for _ in range(1)]\n        return x\n    return k()\nprint(h())')
except SyntaxError as e:
    print('SE', e.msg)
