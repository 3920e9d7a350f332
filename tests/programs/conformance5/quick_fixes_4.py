# __class_getitem__ on the library classes CPython makes generic: subscripting
# gives a types.GenericAlias with CPython's repr, origin and args.
import collections
import functools
import os
import re
import types

for cls in [collections.defaultdict, collections.OrderedDict, collections.Counter, collections.deque,
            functools.partial, functools.partialmethod, functools.cached_property,
            re.Match, re.Pattern, types.AsyncGeneratorType, os.PathLike]:
    one = cls[int]
    two = cls[str, int]
    print(repr(one), repr(two), type(one) is types.GenericAlias, one.__origin__ is cls, two.__args__)

print(collections.defaultdict[str, list[int]])
print(re.Pattern[str] == re.Pattern[str], re.Match[bytes] != re.Match[str])
print(types.AsyncGeneratorType.__name__, types.AsyncGeneratorType.__module__)

async def agen():
    yield 1

print(type(agen()) is types.AsyncGeneratorType)

def describe(p: functools.partial[int], m: re.Match[str]) -> collections.defaultdict[str, int]:
    return None

print(describe.__annotations__)
for name in ['GeneratorType', 'CoroutineType']:
    try:
        getattr(types, name)[int]
    except TypeError as e:
        print(name, e)
