from pprint import pprint, pformat

data = {
    "servers": [{"name": f"srv{i}", "ports": list(range(8000, 8000 + i)), "tags": ("prod", "eu")} for i in range(4)],
    "owner": {"name": "ops team", "emails": ["ops@example.com", "oncall@example.com"]},
    "notes": "a long description " * 6,
}
pprint(data)
pprint(data, width=50, depth=2)
print(pformat(list(range(40)), compact=True, width=60))
pprint({"b": 2, "a": 1, "c": {"z": 0, "y": [1, 2]}}, sort_dicts=False)
