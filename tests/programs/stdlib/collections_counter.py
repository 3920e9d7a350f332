from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words.most_common(3))
print(words["the"], words["missing"])
letters = Counter("mississippi")
print(letters, sorted(letters.elements()))
letters.update("miss")
letters.subtract({"s": 2})
print(letters)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, a | b, a & b)
print(Counter({"x": 0, "y": -1}), +Counter({"x": 0, "y": -1, "z": 2}))
print(sum(Counter("aab").values()), Counter("aab").total(), len(Counter("abc")))
