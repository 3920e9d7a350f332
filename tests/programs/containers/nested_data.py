inventory = {
    "fruits": {"apple": 3, "banana": 0, "cherry": 12},
    "vegetables": {"carrot": 7, "pea": 0},
    "grains": {},
}
for category, items in inventory.items():
    in_stock = {k: v for k, v in items.items() if v > 0}
    print(f"{category}: {len(items)} items, {len(in_stock)} in stock {sorted(in_stock)}")
total = sum(sum(items.values()) for items in inventory.values())
print("total", total)
records = [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}, {"name": "c", "tags": ["y"]}]
by_tag = {}
for r in records:
    for t in r["tags"]:
        by_tag.setdefault(t, []).append(r["name"])
print(by_tag)
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([cell for row in grid for cell in row if sum(cell) % 2 == 0])
deep = {"a": [1, {"b": (2, 3)}]}
print(deep["a"][1]["b"][1], repr(deep))
