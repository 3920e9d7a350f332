# Truthiness, short-circuit evaluation, chained comparisons, identity vs
# equality, None handling and conditional expressions.
values = [0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), {}, {'': 0}, set(), None, False, True, range(0), range(1), 0j, b'']
print([bool(v) for v in values])


def trace(name, result):
    print('eval', name)
    return result


print(trace('a', 0) and trace('b', 1))
print(trace('a', 1) and trace('b', 2))
print(trace('a', 0) or trace('b', ''))
print(trace('a', []) or trace('b', [1]) or trace('c', 3))
print(not trace('x', 5), 1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 != 2, 'a' < 'b' <= 'b')
x = 5
print(0 < x < 10, 0 < x > 10, x is not None, (x == 5) == True)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), None is None, [] == [], () == ())
print(x if x > 3 else -x, 'yes' if [] else 'no', [1, 2] and 'truthy', '' or 'default', None or 0 or [] or 'last')


class Falsy:
    def __bool__(self):
        print('__bool__ called')
        return False


class Sized:
    def __len__(self):
        return 0


print(bool(Falsy()), bool(Sized()), not Sized(), 'x' if Falsy() else 'y')
if not Falsy() and not Sized():
    print('both falsy')


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
print(all([]), any([]), all([0, 1]), any([0, 1]), min(0, False), max(True, 1))
print(True == 1, False == 0, True + True, True * 3, isinstance(True, int), hash(True) == hash(1), {True: 'a', 1: 'b'})
n = None
print(n is None, n == None, n != 0, type(n).__name__, repr(n), str(n), bool(n))
