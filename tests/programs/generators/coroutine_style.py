def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
for v in [10, 20, 30, 40]:
    print(avg.send(v))


def grep(pattern):
    print(f"looking for {pattern!r}")
    try:
        while True:
            line = yield
            if pattern in line:
                print("found:", line)
    except GeneratorExit:
        print("grep closing")


g = grep("py")
next(g)
for line in ["python rocks", "java", "pypy too"]:
    g.send(line)
g.close()
