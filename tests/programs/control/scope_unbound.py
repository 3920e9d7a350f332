x = 10


def shadow():
    print(x)
    x = 5


try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def fine():
    y = x + 1
    return y


print(fine())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


def closure_late():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]


def closure_default():
    fns = [lambda i=i: i for i in range(3)]
    return [f() for f in fns]


print(closure_late(), closure_default())
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
