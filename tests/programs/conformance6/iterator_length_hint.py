# __length_hint__ of the built-in iterators and operator.length_hint's rules.
import operator
its = [iter(range(5)), iter(range(10**20, 10**20 + 3)), iter((1, 2)), iter('abc'), iter('h\u00e9llo'), iter({1: 2, 3: 4}),
       iter({1, 2, 3}), iter(b'ab'), iter(bytearray(b'xyz')), reversed((1, 2, 3)), reversed(range(4)),
       iter({1: 2}.values()), iter({1: 2}.items()), reversed({1: 2, 3: 4}), iter([1, 2]), reversed([1, 2]), reversed('abcd')]
for it in its:
    before = operator.length_hint(it)
    next(it)
    print(type(it).__name__, before, it.__length_hint__())
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
print('dict grown', it.__length_hint__())
s = {1, 2}
it = iter(s)
s.add(9)
print('set grown', it.__length_hint__())
lst = [1, 2, 3, 4]
it = reversed(lst)
next(it)
del lst[:]
print('list shrunk', it.__length_hint__())
seq = [1, 2, 3]
class Seq:
    def __len__(self): return len(seq)
    def __getitem__(self, i): return seq[i]
it = reversed(Seq())
print(it.__length_hint__())
seq.pop()
print(it.__length_hint__())
class LH:
    def __len__(self): raise TypeError('no len')
    def __length_hint__(self): return 7
class Neg:
    def __length_hint__(self): return -1
class Bad:
    def __length_hint__(self): return 'x'
class NI:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint([1, 2, 3]), operator.length_hint(object(), 42), operator.length_hint(NI(), 5))
for o in [LH(), Neg(), Bad()]:
    try:
        print(operator.length_hint(o))
    except Exception as e:
        print(type(e).__name__, e)
print(list(zip(range(3), 'ab')), len(list(map(str, range(4)))))
