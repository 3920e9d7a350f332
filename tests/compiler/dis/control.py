def loops(items):
    total = 0
    for i in items:
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while total > 100:
        total //= 2
    return total


def handlers(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        print("lookup", e)
    except Exception:
        raise
    else:
        print("ok")
    finally:
        print("done")


def early(path):
    with open(path) as fh:
        for line in fh:
            try:
                return line
            finally:
                print("closing")
    assert path, "no path"
