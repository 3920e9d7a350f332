# for loops whose jump back also runs the next FOR_ITER: exhaustion, break and
# else, lists changed while iterated, and iterators that raise part-way.
class Flaky:
    def __init__(self, fail_at):
        self.i = 0
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise ValueError('failed at %d' % self.i)
        if self.i > 4:
            raise StopIteration
        return self.i


def collect(it):
    out = []
    for x in it:
        out.append(x)
    else:
        out.append('else')
    return out


def first_even(items):
    for x in items:
        if x % 2 == 0:
            break
    else:
        return None
    return x


def growing():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x < 6:
            items.append(x + 3)
    return seen


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            for k in (i, j):
                total += k
    return total


def gen(n):
    for i in range(n):
        yield i * i


print(collect(Flaky(99)), collect([]), collect('ab'), collect(gen(4)))
print(first_even([1, 3, 4, 5]), first_even([1, 3]), growing(), nested(6))
try:
    collect(Flaky(3))
except ValueError as e:
    print('caught', e)
for_loop_total = 0
for i in range(3):
    for_loop_total += sum(x for x in range(i))
print(for_loop_total)
collect(Flaky(2))
