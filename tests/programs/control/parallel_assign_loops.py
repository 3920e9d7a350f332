# Shapes the compiler emits without a tuple or with the loop test repeated at
# the bottom: parallel assignment (fast locals reordered, other targets in
# order), while loops (else, break, continue, walrus, comprehension in the
# test) and jumps threaded through jumps; ends with an error raised by the
# repeated test, whose traceback must name the while line.
log = []


class Rec:
    def __setattr__(self, name, value):
        log.append(('attr', name, value))
        object.__setattr__(self, name, value)


class Box(dict):
    def __setitem__(self, key, value):
        log.append(('item', key, value))
        super().__setitem__(key, value)


def parallel(x, y):
    a, b = x, y
    a, b = b, a
    c, d, e = a, b, a + b
    a, a = 1, 2
    (f, g), h = (x, y), 3
    r, box = Rec(), Box()
    r.p, box['k'], r.q = c, d, e
    box['k'], box['k'] = 5, 6
    [i, j] = [x * 2, y * 2]
    k, = x,
    m, n, o, p = 1, 2, 3, 4
    return a, b, c, d, e, f, g, h, i, j, k, m, n, o, p, dict(box)


print(parallel(10, 20))
print(log)
u, v = 'u', 'v'
u, v = v, u
print(u, v, list(globals()).index('u') < list(globals()).index('v'))


def loops(n):
    out = []
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 10:
            break
        out.append(i)
    else:
        out.append('else')
    while (k := len(out)) and out[-1] != 'x' and sum(1 for _ in out) < 20:
        out.append('x' if k > 12 else k)
    j = 0
    while not j >= 3:
        for q in range(2):
            if q:
                out.append((j, q))
        j += 1
    while 0 < j < 10 and all([t != 'stop' for t in out]):
        j += 4
    out.append(j)
    return out


print(loops(5))
print(loops(20))


def bad(items):
    total = 0
    while items[total] < 100:
        total += 1
    return total


print(bad([1, 2, 300]))
print(bad([1, 2]))
