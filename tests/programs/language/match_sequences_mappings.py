def handle(event):
    match event:
        case {"action": "move", "pos": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "click", "button": "left" | "right" as b}:
            return f"{b} click"
        case {"action": str(a)}:
            return f"unknown action {a}"
        case [("key", k), *_]:
            return f"key sequence starting {k}"
        case (1, 2, *rest) if rest:
            return f"1,2 then {rest}"
        case [] | ():
            return "empty"
        case str() | bytes():
            return "text"
        case _:
            return "ignored"


events = [{"action": "move", "pos": (3, 4)}, {"action": "click", "button": "right"},
          {"action": "click", "button": "middle"}, {"action": "zoom"}, [("key", "a"), ("key", "b")],
          (1, 2, 3, 4), (1, 2), [], b"raw", 42]
for e in events:
    print(handle(e))
