n = 27
steps = 0
while n != 1:
    n = 3 * n + 1 if n % 2 else n // 2
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
        depth += 1
print("lists seen", depth)
balance, years = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
