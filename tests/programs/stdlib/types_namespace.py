import types

config = types.SimpleNamespace(host="localhost", port=8080)
config.debug = True
print(config, config.port, vars(config))
print(config == types.SimpleNamespace(host="localhost", port=8080, debug=True))


def plain():
    pass


def gen():
    yield 1


class K:
    def method(self):
        pass


print(isinstance(plain, types.FunctionType), isinstance(gen(), types.GeneratorType))
print(isinstance(K().method, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.NoneType is type(None))
view = types.MappingProxyType({"a": 1})
print(view["a"], len(view), "a" in view)
try:
    view["b"] = 2
except TypeError as e:
    print("TypeError:", e)
Dyn = types.new_class("Dyn", (K,), {}, lambda ns: ns.update(tag="dynamic"))
print(Dyn.tag, Dyn.__name__, issubclass(Dyn, K))
