import sys

data = sys.stdin.read()
words = data.split()
print(len(data.splitlines()), len(words))
print(sorted(set(words)))
