items = {"apples": 3, "pears": 0}
width = 8
for name, n in items.items():
    print(f"{name:>{width}}: {n:{'03' if n else '>3'}} {'(none)' if not n else ''}")
value = 3.14159
for precision in range(4):
    print(f"{value:.{precision}f}")
nested = [[1, 2], [3, 4]]
print(f"{[sum(row) for row in nested]} {nested[1][0]} {len(nested)=}")
user = {"name": "Ann", "langs": ["py", "ts"]}
print(f"{user['name']} knows {', '.join(user['langs'])}")
print(f"{'quoted'!r:>12}|{42!s:<5}|{3+4j}|{None}")
x = 5
print(f"{x!r} {x*2} {x if x > 3 else 0} {x:b} {x:#o} {x**2:,}")
print(f"{{braces}} {{{x}}} {'{'}")
