# At exit, CPython tears down the main module's globals: suspended
# generators are closed (finally blocks and GeneratorExit handlers run) and
# __del__ methods are called, in the order the globals were defined, an
# object before what it holds, list items from the end.


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)


def watcher():
    try:
        yield 'w'
    except GeneratorExit:
        print('GeneratorExit in watcher')
        raise


class Resource:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print('release', self.name)


never_started = worker('never')
g = worker('g')
next(g)
done = worker('done')
for _ in done:
    pass
r = Resource('outer', Resource('inner'))
w = watcher()
next(w)
pool = [Resource('first'), Resource('second'), worker('pooled')]
next(pool[2])
table = {'a': Resource('in dict')}
print('end of program')
