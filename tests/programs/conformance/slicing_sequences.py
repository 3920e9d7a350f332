# Slicing of lists, strings, tuples and ranges: negative steps, clamping,
# slice assignment and deletion, slice objects and their errors.
s = list(range(10))
print(s[2:5], s[-3:], s[:-7], s[::2], s[::-1], s[8:2:-2], s[-1:-4:-1], s[100:], s[-100:2], s[5:2])
t = 'abcdefgh'
print(t[1:6:2], t[::-3], t[-2:], t[:0], t[3:1:-1], (1, 2, 3, 4)[::-2], range(10)[2:8:3], range(10)[::-4])
a = list(range(6))
a[1:3] = ['x', 'y', 'z']
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
del a[::3]
print(a)
a[:] = []
print(a)
b = [1, 2, 3]
b[1:1] = [9, 9]
b[len(b):] = [4]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    b[::0]
except ValueError as e:
    print('ValueError:', e)
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), s[sl], slice(3).indices(10), slice(None, None, -1).indices(4))
try:
    'abc'[1] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 2][5]
except IndexError as e:
    print('IndexError:', e)
try:
    'ab'[9]
except IndexError as e:
    print('IndexError:', e)
try:
    (1,)[1]
except IndexError as e:
    print('IndexError:', e)
try:
    key = 'a'
    [1][key]
except TypeError as e:
    print('TypeError:', e)
print([1, 2, 3] * 2, 'ab' * 3, [0] * 0, -1 * 'x', (1,) * 2, [[0] * 2] * 2)
r = range(0, 20, 3)
print(len(r), r[2], r[-1], 9 in r, 10 in r, r.index(9), r.count(12), list(reversed(r))[:3], r == range(0, 19, 3))
print(bytes(range(5))[1:4], bytearray(b'hello')[::-1], memoryview(b'abc')[1:].tobytes() if 'memoryview' in dir(__builtins__) else b'bc')
