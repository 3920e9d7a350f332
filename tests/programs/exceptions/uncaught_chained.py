def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("invalid port setting") from e


print(parse_port("80"))
print(parse_port("eighty"))
