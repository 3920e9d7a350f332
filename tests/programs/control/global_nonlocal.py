counter = 0


def increment():
    global counter
    counter += 1
    return counter


def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total
    return add


increment()
increment()
print(counter)
acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
acc2 = make_accumulator()
print(acc2(1), acc(0))


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x


print(outer())


def read_global():
    return counter * 10


print(read_global())
