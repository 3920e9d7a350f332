# Sorting while mutating, slice assignment (extended, empty, errors), immutability and hashability errors, comparisons across types, deepcopy.
lst = [3, 1, 2]
def key(v):
    lst.append(0)
    return v
try: lst.sort(key=key)
except ValueError as e: print(e, lst)
try: [1, 'a'].sort()
except TypeError as e: print(e)
try: sorted([{1}, {2}], key=lambda s: s) ; print('sets sorted')
except TypeError as e: print(e)
print(sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0]), sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted('hello', reverse=True))
except ValueError as e: print(e)
try: format(5, 'c' if False else '')
except ValueError as e: print(e)
try: '%c' % 0x110000
except OverflowError as e: print(e)
try: format(0x110000, 'c')
except OverflowError as e: print(e)
try: chr(0x110000)
except ValueError as e: print(e)
a = [1, 2, 3, 4, 5]
a[1:3] = 'xyz'; print(a)
a[::2] = [0, 0, 0]; print(a)
try: a[::2] = [1]
except ValueError as e: print(e)
del a[::3]; print(a)
a[5:1] = [9]; print(a)
b = list(range(10)); b[-3:] = []; print(b, b[::-3], b[8:2:-2])
try: b[1:2] = 5
except TypeError as e: print(e)
t = (1, 2, 3)
try: t[0] = 5
except TypeError as e: print(e)
try: del t[0]
except TypeError as e: print(e)
s = 'abc'
try: s[0] = 'x'
except TypeError as e: print(e)
d = {}
try: d[[1]] = 1
except TypeError as e: print(e)
try: {[1]}
except TypeError as e: print(e)
try: d[{}]
except TypeError as e: print(e)
print([1, 2] == [1, 2.0], (1, 2) < (1, 2, 0), [1] < [1, 0], 'a' < 'B', (None,) == (None,), [[]] * 2, [0] * -1)
try: (1, 'a') < (1, 2)
except TypeError as e: print(e)
try: None < None
except TypeError as e: print(e)
import copy
x = [[1, 2], {'k': [3]}]; y = copy.deepcopy(x); y[1]['k'].append(4); print(x, y, copy.copy(x)[0] is x[0])
