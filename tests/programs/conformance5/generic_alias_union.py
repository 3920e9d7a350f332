# types.GenericAlias (list[int]) forwards attribute lookups to its origin
# but refuses isinstance/issubclass; unions are tested member by member in
# order, as a tuple is; more built-ins are generic in 3.11; __main__ has an
# empty __annotations__ from the start.
print(list[int].__name__, dict[str, int].fromkeys('ab'), list[int].__module__)
print(list[int].__origin__, list[int].__args__, list[int].__class__, type(list[int]))
print(list[int]([1, 2]), list[int].__doc__ == list.__doc__, list[int].append is list.append)
try:
    list[int].nope
except AttributeError as e:
    print('AttributeError', e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__)
checks = [
    lambda: isinstance([], list[int]),
    lambda: issubclass(list, list[int]),
    lambda: list[int].__instancecheck__([]),
    lambda: isinstance(1, int | list[int]),
    lambda: isinstance(1, list[int] | int),
    lambda: issubclass(int, int | list[int]),
    lambda: issubclass(int, list[int] | int),
    lambda: issubclass(list[int], list),
    lambda: isinstance(None, int | None),
    lambda: isinstance('s', int | None),
    lambda: issubclass(bool, str | int),
    lambda: isinstance(1, (int, list[int])),
    lambda: hasattr(int | str, '__instancecheck__'),
]
for check in checks:
    try:
        print(check())
    except TypeError as e:
        print('TypeError', e)
print(enumerate[int], BaseExceptionGroup[ValueError], type(enumerate[str]).__name__)
import itertools
print(itertools.chain[int], type({}.keys()).__name__)
print(sorted(globals())[:3], __annotations__)
x: int = 5
print(__annotations__)
