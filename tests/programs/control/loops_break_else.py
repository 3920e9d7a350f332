for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("never printed")
count = 0
while count < 3:
    count += 1
else:
    print("while finished", count)
for x in []:
    print("no")
else:
    print("empty for else")
