def outer():
    messages = []

    def log(msg):
        messages.append(msg)

    def level1():
        x = "level1"

        def level2():
            log(f"level2 sees {x}")
            return x.upper()
        return level2()

    result = level1()
    log(result)
    return messages


print(outer())


def counter_factory():
    counts = {}

    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count


c = counter_factory()
print([c("a"), c("b"), c("a"), c("a")])
x = "global"


def f():
    x = "enclosing"

    def g():
        return x
    return g()


print(f(), x)
