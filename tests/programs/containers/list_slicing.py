a = list(range(10))
print(a[2:7], a[::3], a[::-2], a[-3:], a[:-3], a[5:2], a[5:2:-1])
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[:0] = [-1, 0]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
s = slice(1, 8, 2)
print(list(range(10))[s], s.start, s.stop, s.step, s.indices(5))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
