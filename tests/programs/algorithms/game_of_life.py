def step(cells, width, height):
    new = set()
    for y in range(height):
        for x in range(width):
            n = sum((x + dx, y + dy) in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
            if n == 3 or (n == 2 and (x, y) in cells):
                new.add((x, y))
    return new


def show(cells, width, height):
    for y in range(height):
        print("".join("#" if (x, y) in cells else "." for x in range(width)))
    print()


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for generation in range(4):
    show(cells, 6, 6)
    cells = step(cells, 6, 6)
print(sorted(cells))
