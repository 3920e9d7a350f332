# Name resolution: LEGB, global and nonlocal declarations, class scopes
# skipped by methods, comprehension scopes, del of names and their errors.
x = 'global x'


def read_global():
    return x


def shadow_global():
    x = 'local x'
    return x


def write_global():
    global x
    x = 'rebound by function'


print(read_global(), shadow_global(), x)
write_global()
print(x)


def make_accumulator():
    total = 0
    history = []

    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total

    def reset():
        nonlocal total
        total = 0

    return add, reset, history


add, reset, history = make_accumulator()
add(5)
add(10)
reset()
add(1)
print(history)


class Config:
    level = 3
    doubled = level * 2
    names = [level * i for i in range(3)] if False else None

    def get_level(self):
        try:
            return level
        except NameError as e:
            return f'NameError: {e}'


print(Config.doubled, Config().get_level())
len = lambda obj: 'shadowed len'
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
y = 1
del y
try:
    print(y)
except NameError as e:
    print('NameError:', e)


def uses_before_assign():
    try:
        print(counter)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    counter = 1


uses_before_assign()
counter = 0


def increment():
    global counter
    counter += 1
    return counter


print(increment(), increment(), counter)
squares = [n * n for n in range(4)]
try:
    print(n)
except NameError as e:
    print('NameError:', e)


def outer():
    value = 'outer'

    def middle():
        def inner():
            return value
        return inner()
    value = 'outer changed'
    return middle()


print(outer())
import builtins
print(builtins.len('abc'), 'print' in dir(builtins), globals()['x'], sorted(k for k in locals() if k.startswith('sq')))


def local_names(a, b=2):
    c = a + b
    return sorted(locals().items())


print(local_names(1))
