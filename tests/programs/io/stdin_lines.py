import sys

total = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line:
        continue
    qty, price = line.split()
    total += int(qty) * float(price)
    print(f"{lineno}: {qty} x {price}")
print(f"total {total:.2f}")
