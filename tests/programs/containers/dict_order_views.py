d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(list(d))
del d["apple"]
d["apple"] = 5
print(list(d))
d["zebra"] = 0
print(d)
keys = d.keys()
d["new"] = 1
print(keys, len(keys), "new" in keys)
print(d.items() & {("kiwi", 4)}, sorted(d.keys() - {"zebra"}), sorted(d.keys() | {"x"}))
for k, v in reversed(d.items()):
    print(k, v)
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print({1: "int", 1.0: "float", True: "bool"})
