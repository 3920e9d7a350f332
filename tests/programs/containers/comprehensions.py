squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(squares, evens, pairs)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(5)}, sorted({c.upper() for c in "hello"}))
gen = (x * 2 for x in range(5))
print(sum(gen), list(gen))
words = ["Hello", "World", "Python"]
print([w.lower() for w in words if len(w) > 5], [w[0] for w in words])
print([x if x > 2 else -x for x in range(5)])
flat = [item for sub in [[1, 2], [3], [], [4, 5]] for item in sub]
print(flat)
x = 10
print([x for x in range(3)], x)
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(any(x > 8 for x in range(10)), all(x < 10 for x in range(10)))
