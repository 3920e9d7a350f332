# RecursionError's message for plain recursion and for deeply nested data,
# whose repr and comparison CPython counts against the recursion limit.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)


def nested(depth):
    top = []
    cur = top
    for _ in range(depth):
        cur.append([])
        cur = cur[0]
    return top


a = nested(5000)
b = nested(5000)
try:
    print(a == b)
except RecursionError as e:
    print('compare:', e)
try:
    repr(a)
except RecursionError as e:
    print('repr:', e)
try:
    sorted([a, b])
except RecursionError as e:
    print('sort:', e)
small = nested(50)
print(repr(small)[:12], small == nested(50), len(str(small)))
t = ()
for _ in range(50):
    t = (t, 1)
print(t == t, str(t)[:10])


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(500))
try:
    count(5000)
except RecursionError as e:
    print('count:', e)
print(count(10))
