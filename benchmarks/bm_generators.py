# Generators: pipelines of generator functions and generator expressions
# (produce, filter, map, window, flatten, yield from), the workload of
# iterator-heavy Python code. Prints per-stage checksums.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only_odd(items):
    for x in items:
        if x & 1:
            yield x


def squares(items):
    for x in items:
        yield x * x


def windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for chunk in chunked:
        yield from chunk


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total


def main(n):
    odd_square_sum = sum(squares(only_odd(numbers(n))))
    print("sum of odd squares: %d" % odd_square_sum)
    window_max = max(a + b + c for a, b, c in windows(numbers(n), 3))
    print("largest window: %d" % window_max)
    flat = 0
    for x in flatten(chunks(numbers(n), 7)):
        flat ^= x
    print("xor of flattened: %d" % flat)
    depth = 10
    walked = 0
    for _ in range(n // 20000 + 1):
        walked += sum(tree(depth))
    print("tree walk: %d" % walked)
    last = 0
    for last in running_total(x % 13 for x in numbers(n)):
        pass
    print("running total: %d" % last)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
