# Scoping: with-statement cleanup in closed generators, global/nonlocal, late binding, UnboundLocalError/NameError messages and suggestions, import errors.
import sys
class Tracker:
    def __init__(self): self.log = []
    def __enter__(self): self.log.append('enter'); return self
    def __exit__(self, *a): self.log.append('exit'); return None
def gen_with():
    with Tracker() as t:
        yield t
g = gen_with(); t = next(g); g.close(); print(t.log)
x = 0
def modify():
    global x
    x += 1
    return x
print(modify(), modify(), x)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); print(f(), f(), f.__code__.co_freevars, f.__closure__[0].cell_contents)
def make():
    fs = []
    for i in range(3):
        def g(): return i
        fs.append(g)
    del i
    return fs
try: print([h() for h in make()])
except NameError as e: print(type(e).__name__, e)
def unbound():
    print(y)
    y = 1
try: unbound()
except UnboundLocalError as e: print(e)
def unbound_del():
    z = 1
    del z
    return z
try: unbound_del()
except UnboundLocalError as e: print(e)
def free_unbound():
    def inner(): return w
    r = inner
    w = 5
    del w
    return r()
try: free_unbound()
except NameError as e: print(type(e).__name__, e)
try: undefined_global_name
except NameError as e: print(e)
try: prnt('x')
except NameError as e: print(e)
class C:
    attr = 1
    def m(self): return attr
try: C().m()
except NameError as e: print(e)
try: C().atr
except AttributeError as e: print(e)
import math
try: math.sqr(4)
except AttributeError as e: print(e)
try: [].appendd(1)
except AttributeError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: 'x'.uper()
except AttributeError as e: print(e)
try: import nosuchmodule
except ModuleNotFoundError as e: print(e, e.name)
except ImportError as e: print(e)
except ImportError as e: print(e)
