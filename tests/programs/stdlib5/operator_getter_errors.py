import operator
for f in [lambda: operator.itemgetter(), lambda: operator.methodcaller(), lambda: operator.attrgetter(), lambda: operator.methodcaller(1), lambda: operator.itemgetter(1, x=2), lambda: operator.attrgetter('a', b=1), lambda: operator.methodcaller(name='x'),
          lambda: operator.itemgetter(1)(), lambda: operator.itemgetter(1)([1,2], 3), lambda: operator.attrgetter('a')(), lambda: operator.methodcaller('a')(), lambda: operator.methodcaller('a')(1, 2), lambda: operator.itemgetter(1)(x=1), lambda: operator.attrgetter(1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real', 'imag')(3j), operator.methodcaller('split', sep=',')('a,b'), operator.methodcaller('name', 1, k=2), repr(operator.itemgetter('k')), operator.itemgetter(1).__reduce__(), operator.methodcaller('x', 1).__reduce__())
