# Set operators of dict keys/items views build their results as CPython does (set of the left operand, updated in place)
d = dict.fromkeys(['red', 'green', 'blue', 'cyan', 'magenta'], 0)
e = {'blue': 1, 'white': 2, 'red': 3}
ops = [lambda: d.keys() - {'red'}, lambda: d.keys() | {'white', 'black'}, lambda: d.keys() ^ {'red', 'pink'}, lambda: d.keys() & {'blue', 'red', 'black'},
       lambda: d.keys() & {'blue'}, lambda: {'red', 'x'} - d.keys(), lambda: ['red', 'y', 'z'] | d.keys(), lambda: ('cyan', 'q') ^ d.keys(), lambda: ['blue', 'zz'] & d.keys(),
       lambda: d.keys() & e.keys(), lambda: e.keys() & d.keys(), lambda: d.keys() - e.keys(), lambda: d.items() - {('red', 0)}, lambda: d.items() & {('red', 0), ('x', 1)},
       lambda: d.keys() - 1, lambda: 1 & d.keys(), lambda: d.values() - {1}, lambda: d.keys() | [[1]], lambda: type(d.keys() - set()).__name__]
for op in ops:
    try: print(op())
    except TypeError as ex: print(type(ex).__name__, ex)
