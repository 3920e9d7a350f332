import importlib
import sys

for name in ("json", "os.path", "collections.abc", "json.decoder"):
    module = importlib.import_module(name)
    print(name, module.__name__, name in sys.modules)
plugins = {}
for name in ("math", "string", "no_such_plugin", "textwrap"):
    try:
        plugins[name] = importlib.import_module(name)
    except ImportError as e:
        print("skip", name, type(e).__name__, e, e.name)
print(sorted(plugins), plugins["math"].sqrt(16))
print(importlib.import_module(".decoder", "json").__name__, importlib.import_module("..encoder", "json.decoder").__name__)
for args in ((".x",), ("",), ("..x", "json")):
    try:
        importlib.import_module(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
import _helper_mod as helper
helper.counter.append(1)
again = importlib.reload(helper)
print(again is helper, helper.counter, helper.LOADS)
try:
    importlib.reload("json")
except TypeError as e:
    print(e)
importlib.invalidate_caches()
funcs = [getattr(importlib.import_module(m), f) for m, f in [("math", "floor"), ("operator", "add"), ("functools", "reduce")]]
print([f.__name__ for f in funcs], funcs[2](funcs[1], [1, 2, 3]))
import math, json; print(importlib.reload(math) is math, importlib.reload(json) is json, json.dumps([1]))
