def command(text):
    match text.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "can't go there"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return f"unknown: {text}"


for t in ["go north", "go west", "take sword shield", "take", "quit", "exit", "", "dance now"]:
    print(repr(t), "->", command(t))
match 3.0:
    case 3:
        print("3.0 matches 3")
match True:
    case 1:
        print("True matches 1")
match -1:
    case -1:
        print("negative literal")
