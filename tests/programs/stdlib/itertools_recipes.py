from itertools import islice, count, groupby, accumulate, chain, product, permutations


def take(n, iterable):
    return list(islice(iterable, n))


def chunked(iterable, size):
    it = iter(iterable)
    while chunk := take(size, it):
        yield chunk


def running_max(values):
    return list(accumulate(values, max))


def unique_everseen(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x


print(take(5, count(1, 3)), list(chunked(range(10), 4)), running_max([3, 1, 4, 1, 5, 9, 2, 6]))
print(list(unique_everseen("AAAABBBCCDAABBB")), [k for k, _ in groupby("AAAABBBCCDAABBB")])
print(["".join(p) for p in permutations("abc")], len(list(product(range(10), repeat=3))))
runs = [(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 3, 1, 1])]
print(runs, list(chain.from_iterable([k] * n for k, n in runs)))
