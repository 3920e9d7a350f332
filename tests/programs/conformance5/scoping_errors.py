# Scoping: class bodies vs comprehensions and lambdas, global in nested
# functions, del then use (UnboundLocalError/NameError messages), and the
# SyntaxErrors of misplaced global/nonlocal/walrus/yield/arguments.
x = 'global'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self): return x
    w = x
print(C.y, C.z, C().m(), C.w)
def outer():
    v = 1
    def inner():
        global v
        v = 'set global'
    inner()
    return v
print(outer(), v)
def f():
    a = 1
    del a
    try: print(a)
    except UnboundLocalError as e: print('UnboundLocalError', e)
    try: del a
    except UnboundLocalError as e: print('UnboundLocalError', e)
f()
def g():
    print(q)
    q = 1
try: g()
except UnboundLocalError as e: print(e)
def h():
    def k(): return free
    try: k()
    except NameError as e: print(type(e).__name__, e)
    free = 2
    return k()
print(h())
def h2():
    def k(): return free
    del_me = 1
    free = 1
    del free
    try: k()
    except NameError as e: print(type(e).__name__, e)
h2()
try: undefined_name
except NameError as e: print(e)
try: del undefined_name2
except NameError as e: print(e)
for src in ['def f():\n    nonlocal x\n', 'nonlocal x\n', 'def f():\n    x = 1\n    global x\n', 'def f(a):\n    global a\n', 'def f():\n    global x\n    nonlocal x\n', 'class C:\n    nonlocal x\n', 'def f():\n    def g():\n        nonlocal y\n', 'def f():\n    print(x)\n    global x\n', 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n', '[(yield) for x in y]', 'def f(): return [i for i in range(3) if (i := i)]', 'def f(): [j := 1 for j in range(3)]', 'class C: [(z := 1) for _ in range(1)]', 'lambda: (yield)', 'def f(x, x): pass', 'def f(*, a, a=1): pass', 'f(x=1, x=2)', 'f(**a, *b)', 'f(a=1, b)', 'a, *b, *c = x', '*a = x', 'del f()', 'del (a, b), [c]', '(a for a in b) = 1', 'x: int = yield', 'def f(): x: int; global x']:
    try:
        compile(src, '<s>', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
