records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "SF")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1])))
print(sorted(records, key=lambda r: r[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}))
print(min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
data = [5, 2, 9, 1]
data.sort(key=lambda x: -x)
print(data)
