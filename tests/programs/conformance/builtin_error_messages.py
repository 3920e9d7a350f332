# TypeError messages of calls gone wrong: unbound built-in methods with the
# wrong receiver, star-arguments that are not iterables or mappings,
# object.__new__ on built-in layouts, fill characters.
def f(*args, **kwargs):
    return args, kwargs


class C:
    def m(self, *args):
        return args


cases = [
    'f(*5)', 'f(1, *5)', 'f(*[1], *5)', '[*5]', 'f(*5, k=1)', 'C().m(*None)', 'len(*5)', '(lambda: 0)(*1)',
    'f(**{1: 2})', 'f(**5)', 'len(**5)', 'f(**{"a": 1}, **{"a": 2})', 'print(**{"sep": 1}, **{"sep": 2})',
    'str.upper(1)', 'list.append(1, 2)', 'dict.get([], 1)', 'int.bit_length("x")', 'str.join(1, 2)',
    'str.__len__(5)', 'list.__len__()', 'str.upper()', 'list.append([], 1)', 'str.upper("abc")',
    "'a'.ljust(3, 'xy')", "'a'.center(3, 5)", "'abc'.rjust(5, '')", "'a'.center(5, '*')",
    'object.__new__(list)', 'object.__new__(dict)', 'object.__new__(int)', 'object.__new__(ValueError)',
    'object.__new__(5)', 'type(object.__new__(C)).__name__', 'int.__new__(int, 5)',
    'list(map(str.upper, ["a", "b"]))', 'sorted(["b", "A"], key=str.lower)', 'list(map(str.strip, [" x "]))',
]
for src in cases:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
print(list.append, str.upper is str.upper, type(str.upper).__name__, str.upper.__name__, str.upper.__qualname__)
print(hash(''), hash(()) == hash(()), {'': 1, 'a': 2}[''])
print(repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), complex(1, -0.0), complex(-0.0), complex(1j, 1j), complex(1 + 2j, 3))
d = {'a': 1, 'b': 2}
print(d.keys() <= {'a', 'b', 'c'}, d.keys() < {'a', 'b'}, {'a'} < d.keys(), d.keys() >= {'a'}, d.items() > {('a', 1)}, {('a', 1), ('b', 2)} == d.items())
try:
    d.keys() < ['a']
except TypeError as e:
    print('TypeError:', e)
try:
    d.values() < {1}
except TypeError as e:
    print('TypeError:', e)
