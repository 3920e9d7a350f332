d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.pop("zz", "default"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"x": 10}, y=20)
d.update([("w", 0)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys("abc", 0)
print(e, dict(zip("xyz", range(3))), dict(a=1, b=2))
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
merged |= {"c": 4}
print(merged, {**merged, "d": 5})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(d.copy() == d, d.copy() is d, dict(sorted({"b": 1, "a": 2}.items())))
