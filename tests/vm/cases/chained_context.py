def lookup(d):
    return d['k'] + 1


def add(a, b):
    x = a + b
    return x


try:
    lookup({})
except KeyError:
    add(1, 'a')
