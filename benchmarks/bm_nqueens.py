# N-queens: counts every placement of n queens on an n x n board by
# backtracking over sets, plus pyperformance's permutation-filter variant on
# a smaller board (generator expressions, sets, tuples). Prints the counts.
import sys


def count_backtracking(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            total += place(row + 1)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)
        return total

    return place(0)


def permutations(iterable):
    pool = tuple(iterable)
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(pool[i] for i in indices)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices)
                break
        else:
            return


def solutions_by_permutation(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def main(n):
    print("backtracking(%d) = %d" % (n, count_backtracking(n)))
    small = n - 3
    sols = list(solutions_by_permutation(small))
    print("permutations(%d) = %d, first %r, last %r" % (small, len(sols), sols[0], sols[-1]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
