people = [
    {"name": "ann", "age": 31, "city": "oslo"},
    {"name": "bob", "age": 25, "city": "rome"},
    {"name": "cy", "age": 31, "city": "lima"},
    {"name": "di", "age": 25, "city": "oslo"},
]
by_age_then_name = sorted(people, key=lambda p: (p["age"], p["name"]))
print([p["name"] for p in by_age_then_name])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["city"]))])
oldest = max(people, key=lambda p: p["age"])
print(oldest["name"])
groups = {}
for p in sorted(people, key=lambda p: p["city"]):
    groups.setdefault(p["city"], []).append(p["name"])
print(groups)
print(sorted(range(-5, 6), key=abs), sorted("bAcD", key=str.casefold), sorted([3, 1, 2], key=lambda v: -v))
