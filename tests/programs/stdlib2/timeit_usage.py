import timeit

counter = []


def work():
    counter.append(1)


t = timeit.timeit(work, number=50)
print(type(t).__name__, t >= 0, len(counter))
print(len(timeit.repeat("x = sum(range(10))", repeat=3, number=20)))
calls = []
tm = timeit.Timer("total += 1", setup="total = 0")
print(tm.timeit(number=5) >= 0)
tm2 = timeit.Timer("y = value * 2", globals={"value": 21})
print(tm2.timeit(3) >= 0)
fake = iter(range(100))
ticks = timeit.Timer("pass", timer=lambda: next(fake))
print(ticks.timeit(10), ticks.repeat(2, 5))
steps = iter([0, 0.05, 0, 0.1, 0, 0.3])
number, taken = timeit.Timer("pass", timer=lambda: next(steps)).autorange(lambda n, s: calls.append(n))
print(number, taken, calls)
for bad in [(42, "pass"), ("pass", 42)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print(e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.filename)
