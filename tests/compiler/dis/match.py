def describe(subject):
    match subject:
        case None:
            return "none"
        case 0 | 1 as bit:
            return f"bit {bit}"
        case [x, y, *rest] if x < y:
            return f"seq {x} {y} {rest}"
        case {"name": str(name), **extra}:
            return f"named {name} {extra}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case (_, _):
            return "pair"
        case str() | bytes():
            return "text"
        case _:
            return "other"
