def explode(n):
    if n <= 0:
        raise ValueError(f"cannot explode {n}")
    return n * 2
