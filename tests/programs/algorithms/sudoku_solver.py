PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    return [[int(c) if c != "." else 0 for c in line] for line in text.split()]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(grid):
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                for d in candidates(grid, r, c):
                    grid[r][c] = d
                    if solve(grid):
                        return True
                grid[r][c] = 0
                return False
    return True


grid = parse(PUZZLE)
print(solve(grid))
for row in grid:
    print("".join(map(str, row)))
