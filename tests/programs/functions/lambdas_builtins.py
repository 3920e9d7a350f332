square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3), (lambda *a: sum(a))(1, 2, 3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
print(square.__name__, (lambda: 0).__name__, callable(square), callable(5))
import functools
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)))
print(abs(-3), round(2.567, 2), divmod(17, 5), pow(2, 10), min(3, 1, 2), max("abc"), sum([1.5, 2.5]))
print(chr(65), ord("a"), hex(255), bin(5), oct(8), int("42"), float("3.5"), str(3.0), bool("x"))
print(isinstance(3, (int, float)), issubclass(bool, int), type(3.0).__name__, len("héllo"))
print(sorted(["b", "a"]), list(reversed("ab")), any([]), all([]), repr("x"), ascii("é"))
