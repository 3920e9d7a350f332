import sys

sys.setrecursionlimit(30000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(25000))
print(sys.getrecursionlimit())


def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n


sys.setrecursionlimit(1000)
print(count(0) > 900)
