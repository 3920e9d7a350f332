parts = []
for i in range(1000):
    parts.append(str(i % 10))
joined = "".join(parts)
print(len(joined), joined[:20], joined.count("7"))
s = ""
for i in range(200):
    s += chr(ord("a") + i % 26)
print(len(s), s[:30], s[-5:])
lines = [f"{i:04d}|{'x' * (i % 5)}" for i in range(6)]
print("\n".join(lines))
