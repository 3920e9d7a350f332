n = 3
gens = [(i * n for i in range(3))]
n = 10
print(list(gens[0]))
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row if x % 2))
print(sum(x for x in range(10)), max((len(w), w) for w in ["aa", "b", "cccc"]))
lazy = (print("evaluated", i) or i for i in range(2))
print("before consuming")
print(list(lazy))
print(dict((k, v) for k, v in zip("ab", [1, 2])), set(c for c in "hello" if c > "h") == {"l", "o"})
