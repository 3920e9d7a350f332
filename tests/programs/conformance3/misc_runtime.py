# Assorted runtime corners real programs reach for.
import copy, sys, weakref

class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
deep = copy.deepcopy(tree)
shallow = copy.copy(tree)
deep.children[0].v = 99
print(tree, deep, shallow.children is tree.children)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)

class WithCopy:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print("  __copy__ called")
        return WithCopy()
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return WithCopy()
copy.copy(WithCopy()); copy.deepcopy([WithCopy()])

print(sorted(C.__name__ for C in Node.__subclasses__()), [c.__name__ for c in int.__subclasses__()][:1])
class Sub(Node): pass
print([c.__name__ for c in Node.__subclasses__()], Sub.__base__.__name__, Sub.__bases__, Sub.__qualname__, Sub.__module__)

def f():
    x = 1
    loc = locals()
    loc["x"] = 2
    return x, sorted(loc)
print(f())
ns = {}
exec("def g(a):\n    return a * k\nk = 3", ns)
print(ns["g"](2), sorted(k for k in ns if k != "__builtins__"))
print(eval("x + y", {"x": 1}, {"y": 2}), eval("[i * j for i in range(3)]", {"j": 2}))
code = compile("a = 5\nb = a * 2", "<cfg>", "exec")
scope = {}
exec(code, scope)
print(scope["b"], code.co_filename if hasattr(code, "co_filename") else "?")

class Tracked:
    pass
t = Tracked()
r = weakref.ref(t)
print(r() is t, callable(r))
wd = weakref.WeakValueDictionary()
wd["k"] = t
print(list(wd.keys()))

print(sys.maxsize, sys.byteorder, sys.version_info[:2], sys.getrecursionlimit() > 100, type(sys.argv).__name__, sys.platform in ("linux", "darwin", "win32"))
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if hasattr(sys.int_info, "bits_per_digit") else "", sys.hash_info.width)
print(isinstance(sys.stdout.write("direct\n"), int))
print(id(t) == id(t), hash(t) == hash(t), t == t, t != Tracked())
print(vars(Node)["__init__"].__name__, Node.__init__.__qualname__, Node.__repr__.__code__.co_argcount, f.__code__.co_varnames)
def defaults(a, b=2, *args, c=3, d, **kw) -> int:
    "doc"
    pass
print(defaults.__defaults__, defaults.__kwdefaults__, defaults.__annotations__, defaults.__doc__, defaults.__code__.co_kwonlyargcount)
import inspect
print(inspect.signature(defaults) if hasattr(inspect, "signature") else "")
code_obj = compile("z = 40 + 2", "cfg.py", "exec")
print(type(code_obj).__name__, type(code_obj) is type(f.__code__), code_obj.co_name, code_obj.co_filename)
glb = {}
exec(code_obj, glb)
print(glb["z"], eval(compile("z * 2", "e", "eval"), glb))
def no_free():
    print("  running no_free's code via exec")
exec(no_free.__code__)
def outer():
    v = 1
    def inner():
        return v
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
