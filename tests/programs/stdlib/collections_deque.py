from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(5), d.index(5))
d.remove(5)
d.reverse()
print(d, list(d), 3 in d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), window)
print(deque("abc"), deque(), deque([1], maxlen=2) == deque([1]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
