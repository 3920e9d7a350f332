found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
for row in table:
    print(" ".join(f"{v:3}" for v in row))
total = 0
for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
    total += i
print(total)
