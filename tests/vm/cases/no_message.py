def check(n):
    if n > 2:
        raise ValueError
    return check(n + 1)


check(0)
