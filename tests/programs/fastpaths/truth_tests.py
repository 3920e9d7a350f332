# Truth tests of containers and objects in if/while/not/and/or: exact
# containers by their length, subclasses and classes by __bool__ / __len__.
class L(list):
    def __len__(self):
        return 0


class B(list):
    def __bool__(self):
        return False


class D(dict):
    def __len__(self):
        return 7


class Plain:
    pass


class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 1


values = [[], [0], (), (0,), {}, {0: 0}, set(), {0}, frozenset(), frozenset([1]), range(0), range(3),
          '', 'a', 0, 1, 0.0, -0.0, 2.5, None, L([1, 2]), B([1]), D(), Plain(), WithLen(0), WithLen(2),
          2 ** 70, 0j, b'', bytearray(b'x')]
for v in values:
    r = []
    if v:
        r.append('if')
    if not v:
        r.append('not')
    r.append(bool(v))
    r.append(type(v and 'and').__name__)
    r.append(type(v or 'or').__name__)
    print(type(v).__name__, r)
n = 0
stack = [1, 2, 3]
while stack:
    n += stack.pop()
print(n)
try:
    if BadBool():
        pass
except TypeError as e:
    print('TypeError', e)
try:
    if WithLen(-1):
        pass
except ValueError as e:
    print('ValueError', e)
