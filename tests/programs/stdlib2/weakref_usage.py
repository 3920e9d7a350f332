import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"

    def greet(self, who):
        return f"{self.name} greets {who}"


a = Node("a")
r = weakref.ref(a)
print(r() is a, r() == a, weakref.ref(a) is r)
r2 = weakref.ref(a, lambda ref: None)
print(r2 is r, r2 == r, r.__callback__, callable(r2.__callback__))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(hash(r) == hash(a), isinstance(r, weakref.ReferenceType))

for obj in [1, "s", (), [], {}, None, 2.5, b"x"]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class MyList(list):
    pass


class MyTuple(tuple):
    pass


for cls in [Slotted, SlottedWeak, MyList, MyTuple]:
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(e)
print(weakref.ref(len)() is len, weakref.ref(Node)() is Node)

p = weakref.proxy(a)
print(p.name, p.greet("b"), repr(p.__class__))
p.name = "A"
print(a.name, str(p))
lst = MyList([3, 1, 2])
pl = weakref.proxy(lst)
print(len(pl), pl[0], 2 in pl, list(pl), pl + [9])
try:
    hash(p)
except TypeError as e:
    print(e)

wm = weakref.WeakMethod(a.greet)
print(wm()("c"), wm() == a.greet)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

cache = weakref.WeakValueDictionary()
nodes = [Node(str(i)) for i in range(4)]
for n in nodes:
    cache[n.name] = n
print(len(cache), sorted(cache), cache["2"], cache.get("9", "none"), "3" in cache)
del cache["3"]
print(sorted(cache.keys()), sorted(v.name for v in cache.values()))
print(sorted((k, v.name) for k, v in cache.items()), len(cache.valuerefs()))
try:
    cache["zz"]
except KeyError as e:
    print("KeyError", e)

meta = weakref.WeakKeyDictionary()
meta[nodes[0]] = "first"
meta[nodes[1]] = "second"
print(len(meta), meta[nodes[0]], nodes[1] in meta, nodes[2] in meta, 5 in meta)
print(sorted(meta.values()), [k.name for k in meta.keys()])
meta.setdefault(nodes[2], "third")
print(sorted(v for k, v in meta.items()))

ws = weakref.WeakSet()
ws.add(nodes[0])
ws.add(nodes[1])
ws.add(nodes[0])
print(len(ws), nodes[0] in ws, nodes[3] in ws, 1 in ws)
ws.discard(nodes[0])
print(len(ws), sorted(n.name for n in ws))
ws2 = weakref.WeakSet(nodes)
print(len(ws2 - ws), len(ws2 & ws), len(ws2 | ws), ws <= ws2)

log = []
f = weakref.finalize(a, log.append, "finalized")
print(f.alive, f.peek()[1] is log.append)
print(f(), f.alive, log, f())
g = weakref.finalize(a, print, "never")
obj, func, args, kwargs = g.detach()
print(obj is a, args, kwargs, g.alive, g.detach())
late = Node("late")
weakref.finalize(late, print, "finalizer at exit", 1)
weakref.finalize(late, print, "finalizer at exit", 2)
quiet = weakref.finalize(late, print, "not at exit")
quiet.atexit = False
