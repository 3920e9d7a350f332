# Unpack sequence: tuple and list unpacking in straight-line code (as in
# pyperformance), plus starred unpacking, swaps and nested targets in loops.
# Prints sums that depend on every unpacked value.
import sys


def unpack_tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(loops):
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        total += b * i
    return total


def starred_and_nested(loops):
    rows = [(k, (k * 2, k * 3), [k, k + 1, k + 2, k + 3]) for k in range(10)]
    total = 0
    for _ in range(loops // 10):
        for key, (double, triple), (first, *middle, last) in rows:
            total += key + double - triple + first + len(middle) - last
    return total


def swaps(loops):
    x, y, z = 1, 2, 3
    for _ in range(loops):
        x, y = y, x
        x, y, z = z, x, y
    return x * 100 + y * 10 + z


def main(n):
    print("tuples: %d" % unpack_tuples(n))
    print("lists: %d" % unpack_lists(n))
    print("starred: %d" % starred_and_nested(n))
    print("swaps: %d" % swaps(n))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 700000)
