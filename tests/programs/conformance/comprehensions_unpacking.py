# Comprehensions (nested, conditional, dict/set), star-unpacking in
# assignments, calls and literals, and swap idioms.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(5) if x % 2 == 0}, {c.lower() for c in 'HeLLo'} == set('helo'))
print([(x, y) for x in range(3) for y in range(x)], [x if x > 2 else -x for x in range(5)])
print({k: v for k, v in zip('abc', range(3))}, dict.fromkeys('ab', 0))
first, *rest = [1, 2, 3, 4]
*init, last = 'hello'
a, (b, c), d = 1, (2, 3), 4
head, *mid, tail = range(6)
print(first, rest, init, last, a, b, c, d, head, mid, tail)
x, y = 1, 2
x, y = y, x
print(x, y)
print([*range(3), *'ab'], (*[1, 2],), {*'aa', *'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], 3, *(4,), k=1, **{'z': 2}))
for bad in ['a, b = [1, 2, 3]', 'a, b, c = [1, 2]', 'a, *b, c = [1]', 'a, b = 5']:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
pairs = [(1, 'one'), (2, 'two')]
for num, (first_letter, *others) in pairs:
    print(num, first_letter, others)
print([i for i in range(10)][::3], [c for c in 'abc'][::-1])
nested = [[1, [2, 3]], [4, [5, 6]]]
print([b for a, (b, c) in nested], sum([[1], [2, 3]], []))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
gen = (i for i in range(3))
a1, a2, a3 = gen
print(a1, a2, a3)
print([y := 5, y ** 2], [z for w in range(3) if (z := w * 2) > 1])
