# module.name is cached per site by the module dict's stamp: a store into the
# module (monkey-patching) or a deletion must be seen at once, and names that
# the module type itself has (__class__, __dict__) still come from the type.
import math, sys
import collections as c
def f():
    out = []
    for i in range(3):
        out.append(math.floor(2.5 + i))
        out.append(c.OrderedDict.__name__)
    return out
print(f())
math.floor = lambda x: "patched"
print(f())
del math.floor
try:
    f()
except AttributeError as e:
    print(e)
print(math.__name__, math.__dict__ is vars(math), type(math.__class__))
