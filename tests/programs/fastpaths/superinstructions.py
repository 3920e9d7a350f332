# Runs the vm executes in one dispatch (LOAD_FAST/LOAD_CONST operands with
# BINARY_OP, COMPARE_OP + jump, LOAD_ATTR, BINARY_SUBSCR) must behave exactly
# as the single instructions: every type outside the fast path, unbound
# locals at each position, errors with their lines, big ints, NaN.


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))

    def __radd__(self, other):
        return V(other + self.v)

    def __lt__(self, other):
        print("lt called")
        return self.v < (other.v if isinstance(other, V) else other)

    def __getattr__(self, name):
        return "dyn-" + name

    def __repr__(self):
        return f"V({self.v!r})"


def arith(a, b):
    c = a + b
    d = a * b
    e = c - 1
    return c, d, e, a / b if b else None, a // 3, a % 3, a ** 2


for a, b in [(3, 4), (2**52, 2**52), (10**20, 3), (1.5, 2), (2, 0.25), ("x", "y"), ([1], [2]), (V(1), 2), (2, V(3)), (True, True)]:
    try:
        print(arith(a, b))
    except TypeError as exc:
        print("TypeError:", exc)


def compare(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a == 3:
        out.append("eq3")
    if b != "s":
        out.append("ne-s")
    while type(a) is int and a < b:
        a = a + 1
        out.append(a)
    return out


print(compare(1, 4), compare(3, 3), compare(1.5, 2), compare("a", "b"), compare(float("nan"), 1.0))
print(compare(V(1), V(2))[:1])


def unbound(which):
    if which == 0:
        x = 1
    if which == 1:
        y = 2
    try:
        return x + y
    except UnboundLocalError as exc:
        return str(exc)


print(unbound(0), unbound(1), unbound(2))


def unbound_compare(which):
    if which:
        n = 5
    try:
        if n < 3:
            return "small"
        return "big"
    except UnboundLocalError as exc:
        return str(exc)


print(unbound_compare(True), unbound_compare(False))


def attrs(o):
    a = o.v
    return a, o.other


print(attrs(V(7)))
try:
    attrs(3)
except AttributeError as exc:
    print("AttributeError:", exc)


def subscripts(seq, i):
    first = seq[0]
    last = seq[-1]
    return first, last, seq[i]


print(subscripts([1, 2, 3], 1), subscripts((4, 5), -2), subscripts("abc", 2), subscripts({0: "z", -1: "y", 5: "w"}, 5))
for bad in ([1, 2], (1,)):
    try:
        subscripts(bad, 7)
    except IndexError as exc:
        print("IndexError:", exc)


def accumulate(n):
    total = 0
    f = 0.0
    for i in range(n):
        total = total + i * i
        f = f + i * 0.5
        if total > 10**6:
            total = total - 10**6
    return total, f


print(accumulate(3000))


def fails(a, b):
    c = a * 2
    return c + b


class Slots:
    __slots__ = ("a",)


def stores(flag):
    s = Slots()
    s.a = 1
    v = 5
    if flag == 1:
        del v
    if flag == 2:
        del s
    try:
        s.a = v
        s.b = v
    except (AttributeError, UnboundLocalError) as exc:
        return type(exc).__name__ + ": " + str(exc)
    return s.a


print(stores(0), stores(1), stores(2), sep="\n")


def methods(items):
    items.append(4)
    out = items.copy()
    try:
        items.nope()
    except AttributeError as exc:
        out.append(str(exc))
    return out


print(methods([1]), [x * 2 for x in range(3)], [(i, c) for i, c in enumerate("ab")])
def augmented(seq, i):
    seq[i] += 10
    seq[-1] *= 2
    return seq


class Tracked(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


print(augmented([1, 2, 3], 0), augmented({0: 1, -1: 2}, 0), augmented(Tracked([5, 6]), 1))
for bad in ((1, 2), [1], "ab"):
    try:
        augmented(bad, 3)
    except (TypeError, IndexError) as exc:
        print(type(exc).__name__ + ":", exc)
print(fails(2, 3))
fails("s", 1)
