# Type names in runtime error messages: CPython names extension types by module (datetime.date, collections.deque, re.Pattern).
import collections, datetime, decimal, fractions, array, io, re, functools, itertools, operator
tests = [
    lambda: collections.deque() + 1,
    lambda: datetime.date(2020, 1, 1) + 1,
    lambda: datetime.datetime(2020, 1, 1) < 5,
    lambda: datetime.timedelta(1) * "x",
    lambda: decimal.Decimal(1) + 1.5,
    lambda: len(5),
    lambda: collections.OrderedDict() + 1,
    lambda: collections.defaultdict() + 1,
    lambda: collections.Counter() + 1,
    lambda: array.array("i") + 1,
    lambda: io.StringIO() + 1,
    lambda: re.compile("a") + 1,
    lambda: functools.partial(int) + 1,
    lambda: itertools.count() + 1,
    lambda: operator.itemgetter(1) + 1,
    lambda: iter([]) + 1,
    lambda: {}.keys() + 1,
    lambda: fractions.Fraction(1) + "x",
    lambda: hash(collections.deque()),
    lambda: len(datetime.date(2020,1,1)),
    lambda: datetime.date(2020,1,1)[0],
    lambda: collections.deque()[0:1],
    lambda: decimal.Decimal(1) < "x",
    lambda: datetime.time() < datetime.date(2020,1,1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
import time, sys
for t in [lambda: len(time.localtime(0)) + "x", lambda: iter(datetime.date(2020, 1, 1)), lambda: datetime.timedelta(1)(), lambda: hash(collections.OrderedDict()), lambda: hash(collections.defaultdict()),
          lambda: len(iter([])), lambda: sys.flags + 1, lambda: re.compile("a") < re.compile("b"), lambda: len(re.match("a", "a")), lambda: decimal.Decimal(1) ** "x",
          lambda: "a" + datetime.date(2020, 1, 1), lambda: open(__file__) + 1, lambda: sorted([collections.deque(), collections.deque()]) and None,
          lambda: None + 1, lambda: {}.items() < 1, lambda: len(5), lambda: iter(5), lambda: hash([]), lambda: range(3) + 1, lambda: print + 1]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
