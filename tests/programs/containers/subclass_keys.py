# Instances of str/int/float subclasses as dict keys and set members: they
# hash and compare as their value unless the subclass overrides __hash__/__eq__.
import enum


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class Loud(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return str.__eq__(self, other)


d = {'a': 1, 5: 2, 2.5: 3}
print(d[S('a')], d[I(5)], d[F(2.5)], d[F(5.0)])
print(S('a') in d, I(5) in d, S('zz') in d)
print(d.get(S('a')), d.get(I(6), 'missing'))

d2 = {S('b'): 'sub', I(3): 'int-sub'}
print(d2['b'], d2[3], d2[3.0], d2[True] if True in d2 else 'no True')
print([type(k).__name__ for k in d2])
d2['b'] = 'replaced'
print([(type(k).__name__, v) for k, v in d2.items()])
del d2[S('b')]
print(d2)

s = {'x', 1}
print(S('x') in s, I(1) in s, F(1.0) in s)
s2 = {S('x'), I(1)}
print('x' in s2, 1 in s2, len(s2 | {'x', 1}))
print(Loud('a') in {'a'}, Loud('a') in {Loud('a')}, 'a' in {Loud('a')})
print({'a': 1}.get(Loud('a'), 'not found'))


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


names = {1: 'one', 2: 'two'}
print(names[Color.RED], Color.GREEN in names, {Color.RED: 'r'}[1])
counts = {}
for word in [S('p'), 'p', S('q')]:
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
