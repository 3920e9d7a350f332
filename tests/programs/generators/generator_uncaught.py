def parse(lines):
    for line in lines:
        yield int(line)


total = 0
for value in parse(["1", "2", "three", "4"]):
    total += value
    print("running total", total)
