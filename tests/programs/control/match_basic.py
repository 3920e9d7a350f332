def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case str(s):
            return f"string {s!r}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"seq starting {x} with {len(rest)} more"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case None:
            return "none"
        case _:
            return "other"


for v in [0, 2, -7, 99, "42", "hi", [1, 2], [1, 2, 3], (4,), {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 5}, None, 3.5]:
    print(repr(v), "->", describe(v))
