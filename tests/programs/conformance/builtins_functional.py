# map, filter, zip, enumerate, reversed, any/all, sum, iter with sentinel,
# lambda and the functional builtins' laziness and errors.
nums = [1, 2, 3, 4, 5, 6]
m = map(lambda x: x * 10, nums)
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, nums)))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'abc')), list(zip('abc', range(5))), list(zip()))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(enumerate('abc', start=1)), list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
print(any([]), all([]), any([0, None, 3]), all([1, 'x', [0]]), any(x > 5 for x in nums), all(x > 0 for x in nums))
print(sum(nums), sum(nums, 100), sum([[1], [2]], []), sum([0.1, 0.2]), sum(range(0)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
lines = iter(['a', 'b', 'STOP', 'c'])
print(list(iter(lambda: next(lines), 'STOP')))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
print(abs(-3), abs(-2.5), divmod(17, 5), round(3.14159, 3), pow(2, 8), min(3, 1, 2), max('apple', 'pie', key=len))
print(chr(65), ord('a'), ord('€'), chr(0x1F600) == '\U0001F600', bin(5), hex(255), oct(8), ascii('é'), repr('\n'))
print(isinstance(3, (str, int)), callable(len), callable(3), hasattr([], 'append'), getattr([], 'nope', 'dflt'), type(len).__name__)
print(sorted(set(dir([])) & {'append', 'pop', '__len__'}), id(nums) == id(nums), hash('a') == hash('a'), len(range(0, 10, 3)))
square = lambda x: x ** 2
compose = lambda f, g: lambda x: f(g(x))
print(square(4), compose(square, abs)(-3), (lambda *a, **k: (a, k))(1, b=2), square.__name__)
print(list(map(lambda x, y: x + y, 'ab', 'cd')), list(filter(str.isdigit, 'a1b2c3')), ''.join(map(str, range(5))))
print(int.__name__, type(map).__name__, list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy')))
