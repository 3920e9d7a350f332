def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(swallow())


def count():
    results = []
    for i in range(3):
        try:
            if i == 1:
                continue
            results.append(i)
        finally:
            results.append(f"f{i}")
    return results


print(count())


def break_in_finally():
    while True:
        try:
            raise KeyError
        finally:
            break
    return "escaped"


print(break_in_finally())
