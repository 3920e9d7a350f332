def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double.__closure__[0].cell_contents)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = counter()
inc()
inc()
print(get())


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


print(compose(str, lambda x: x + 1, abs)(-5))
adders = [(lambda n: lambda x: x + n)(i) for i in range(3)]
print([a(10) for a in adders])
