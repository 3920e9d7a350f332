data = [1, 5, 3, 8, 2, 9]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)
print([y for x in data if (y := x * 2) > 6])
print(y)
values = [(v, sq) for v in range(5) if (sq := v * v) % 2 == 0]
print(values)
def f():
    if (m := max(data)) > 5:
        return m
print(f())
