# Parallel assignment without a tuple, the while test repeated at the bottom,
# jumps threaded through jumps.
def swap(a, b, o):
    a, b = b, a
    x, y, z = a, b, a
    o.x, o.y = a, b
    a, a = 1, 2
    return a, b, x, y, z


u, v = 1, 2
u, v = v, u


def loop(n, items):
    i = 0
    while i < n and items:
        if i % 2:
            i += 1
        else:
            i += 2
    while True:
        if n:
            break
    return i
