def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")


def doubled(source):
    for n in source:
        yield n * 2


for value in doubled(numbers()):
    print(value)
