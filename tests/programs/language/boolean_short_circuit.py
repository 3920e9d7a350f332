def t(name):
    print("t", name)
    return True


def f(name):
    print("f", name)
    return False


print(t(1) and f(2) and t(3))
print(f(1) or t(2) or t(3))
print(f(1) and t(2))
print(t(1) or f(2))
print(not t(1))
print(0 and 1, 1 and 0, "" or "default", [] or {} or 0, 3 or 4, None and 1)
x = None
name = x or "anonymous"
print(name, x is None and "none" or "some")
values = [0, 1, 2]
print(all(v >= 0 for v in values), any(v > 1 for v in values), any([]), all([]))
