def risky(kind):
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        raise IndexError("i")
    return "ok"


for kind in range(4):
    try:
        print(risky(kind))
    except (ValueError, KeyError) as e:
        print("value or key:", type(e).__name__)
    except LookupError as e:
        print("lookup:", type(e).__name__)
try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
