# PEP 562: a module-level __getattr__ answers missing attributes (attribute reads, getattr, hasattr, from-import).
import types
import _lazy_module
print(_lazy_module.make_x())
for i in range(3):
    print(_lazy_module.make_y(), getattr(_lazy_module, "make_z")())
print(hasattr(_lazy_module, "make_q"), hasattr(_lazy_module, "other"), getattr(_lazy_module, "other", "default"))
from _lazy_module import make_imported
print(make_imported())
try:
    _lazy_module.other()
except AttributeError as e:
    print("AttributeError", e)
try:
    from _lazy_module import missing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])  # the rest names the folder
@types.coroutine
def tick():
    value = yield "tick"
    return value
async def runner():
    got = await tick()
    return got * 2
c = runner()
print(c.send(None))
try:
    c.send(21)
except StopIteration as stop:
    print("result", stop.value)
