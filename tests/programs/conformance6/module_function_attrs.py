# __module__ and __self__ of module-level built-in functions; reprs of built-in modules.
import math, sys, time, builtins, functools
for f in [len, print, abs, math.sqrt, math.floor, sys.exit, sys.getrecursionlimit, time.time]:
    print(f.__name__, f.__module__, f.__self__ is builtins or f.__self__.__name__, repr(f))
print([].append.__self__, 'abc'.upper.__self__, [].append.__module__, (1).__add__.__self__ if hasattr((1).__add__, '__self__') else None)
print(repr(sys), repr(builtins), sys.__name__, builtins.__name__, type(sys).__name__)
@functools.wraps(math.sqrt)
def my_sqrt(x):
    return math.sqrt(x)
print(my_sqrt.__name__, my_sqrt.__module__, my_sqrt.__qualname__, my_sqrt.__wrapped__ is math.sqrt, my_sqrt(16.0))
def describe(fn):
    return f'{fn.__module__}.{fn.__qualname__}'
print([describe(f) for f in (len, math.gcd, sys.intern, describe)])
