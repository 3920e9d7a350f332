# collections.deque against CPython: every method, maxlen, rotation, indexing,
# mutation during iteration, comparisons, repetition and exact error messages.
# A seeded random walk checks the ring buffer against a list model.
import random
from collections import deque
from collections.abc import MutableSequence, Sequence


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__name__ + ':', e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([7, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d, d.count(2), d.count('z'), d.index(2), d.index(2, 1, 7))
d.insert(2, 'i')
d.insert(-1, 'j')
d.insert(100, 'k')
d.insert(-100, 'l')
print(d)
d.remove('i')
del d[1]
d[0] = 'first'
print(d, 'a' in d, 'zz' in d)
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
c.clear()
print(c, d, bool(c), bool(d))

bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(10)
bounded.appendleft(-1)
print(bounded)
bounded.extend(range(20, 25))
bounded.extendleft('xy')
print(bounded)
zero = deque([1, 2], maxlen=0)
zero.append(1)
zero.extend(iter(range(5)))
print(zero, deque().maxlen)

print(deque('abc') + deque('de'), deque('ab') * 3, 2 * deque('xy'), deque('ab') * 0, deque('ab') * -1)
m = deque([1, 2, 3], maxlen=5)
m *= 3
print(m)
m += [9, 8]
print(m)
e = deque([1, 2])
e.extend(e)
e.extendleft(e)
print(e)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]),
      deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque() >= deque(), deque([1]) == [1])

nested = deque([1])
nested.append(nested)
print(nested)


class Sub(deque):
    pass


s = Sub([1, 2], 4)
print(s, type(s.copy()).__name__, s.copy(), type(s + s).__name__, s == deque([1, 2]))
print(isinstance(d, MutableSequence), isinstance(d, Sequence), deque[int])
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))

attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index missing', lambda: deque([1]).index(5))
attempt('remove missing', lambda: deque([1]).remove(5))
attempt('getitem range', lambda: deque([1])[3])
attempt('getitem slice', lambda: deque([1])[0:1])
attempt('getitem str', lambda: deque([1])['0'])
attempt('setitem range', lambda: deque().__setitem__(0, 1))
attempt('delitem range', lambda: deque().__delitem__(-1))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('maxlen negative', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque(maxlen='3'))
attempt('too many args', lambda: deque([], 1, 2))
attempt('bad keyword', lambda: deque(size=3))
attempt('not iterable', lambda: deque(5))
attempt('concat list', lambda: deque() + [1])
attempt('rotate str', lambda: deque([1]).rotate('1'))
attempt('hash', lambda: deque.__hash__ is None)
attempt('index start', lambda: deque([1]).index(1, 'a'))
attempt('keywords', lambda: deque(iterable=[1, 2], maxlen=1))


def mutate_iter():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)


def assign_iter():
    q = deque([1, 2, 3])
    for x in q:
        q[0] = x
    return q


class Meddler:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.append(0)
        return False


def meddle(method):
    q = deque([1, 2])
    return getattr(q, method)(Meddler(q))


attempt('mutate during iteration', mutate_iter)
attempt('assign during iteration', assign_iter)
for name in ('count', 'index', 'remove', '__contains__'):
    attempt('meddle ' + name, lambda: meddle(name))

rng = random.Random(7)
for trial in range(30):
    maxlen = rng.choice([None, None, 1, 3, 8])
    q = deque(maxlen=maxlen)
    model = []
    for step in range(200):
        op = rng.randrange(8)
        v = rng.randrange(100)
        if op == 0:
            q.append(v)
            model.append(v)
            if maxlen is not None and len(model) > maxlen:
                model.pop(0)
        elif op == 1:
            q.appendleft(v)
            model.insert(0, v)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 2 and model:
            assert q.pop() == model.pop()
        elif op == 3 and model:
            assert q.popleft() == model.pop(0)
        elif op == 4 and model:
            k = rng.randrange(-20, 20)
            q.rotate(k)
            k %= len(model)
            model[:] = model[-k:] + model[:-k] if k else model
        elif op == 5 and model:
            i = rng.randrange(-len(model), len(model))
            assert q[i] == model[i]
            del q[i]
            del model[i]
        elif op == 6 and (maxlen is None or len(model) < maxlen):
            i = rng.randrange(-10, 10)
            q.insert(i, v)
            model.insert(i, v)
        assert list(q) == model, (trial, step, op)
print('random walk ok')
