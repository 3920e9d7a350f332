# Format specs on ints/floats/bools (grouping, alternate forms, '=' alignment,
# %), %-formatting with mappings and its errors, str.format fields with
# attributes, indexes and nested specs, f-string '=' and nesting.
vals = [1234567.891, -1234567, 0.000123, 1e21, 123, -0.0, float('nan'), float('inf'), 10**25, True]
specs = [',', '_', ',.2f', '_.3e', '=+15,.1f', '#x', '#_b', '#o', '#X', '_x', ',d', '015,', '>+12_', '^#12o', '#.0f', '#.0e', '#g', '.3%', ',%', '#10.3g', ' ', 'n', '010', '=10', '<010', 'c']
for v in vals:
    row = []
    for s in specs:
        try: row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e: row.append(f'!{type(e).__name__}:{e}')
    print(repr(v), row)
print('%(a)s %(b)05.1f %%' % {'a': 'x', 'b': 2.25})
print('%(a)r %(a)-5s|' % {'a': 'q'})
for f, a in [('%s %s', (1,)), ('%(x)s', 5), ('%d', 'x'), ('%c', 300000000), ('%c', 'ab'), ('%z', 1), ('%(x', {'x': 1}), ('%s', ()), ('%*d', (5, 3)), ('%-*.*f', (8, 2, 3.14159)), ('%#x %#o %#X', (255, 8, 255)), ('% d %+d', (5, 5)), ('%5%', ()), ('%.3s', 'abcdef'), ('%x', 3.0), ('%i', 3.9), ('%e', 10**400 if False else 1.5), ('%a', 'é'), ('%s', [1]), ('%s %s', [1, 2])]:
    try: print(repr(f), '->', repr(f % a))
    except Exception as e: print(repr(f), type(e).__name__, e)
class P:
    x = 5
    items = [10, 20]
    d = {'k': 'v'}
print('{0.x} {0.items[1]} {0.d[k]} {1[0]} {1[-1]!r}'.format(P, {0: 'zero', -1: 'neg'}) if False else '{0.x} {0.items[1]} {0.d[k]} {1[0]}'.format(P, {0: 'zero'}))
for f, args, kw in [('{0[-1]}', ([1, 2],), {}), ('{a.real}', (), {'a': 3}), ('{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 2}), ('{!s:>5}', ('x',), {}), ('{0!a}', ('é',), {}), ('{}{}', (1,), {}), ('{0}{}', (1, 2), {}), ('{x', (), {}), ('}', (), {}), ('{0!x}', (1,), {}), ('{0.}', (1,), {}), ('{0[}', (1,), {}), ('{:,}', ('s',), {}), ('{:=}', ('s',), {}), ('{0:{1}}', (5, '>3'), {}), ('{0:{1}{2}}', (5, '>', 4), {}), ('{:{}}', ('a', '^5'), {}), ('{{}} {}', (1,), {}), ('{0[a]}', ({'a': 1},), {}), ('{0[0]}', ({'0': 'str', 0: 'int'},), {})]:
    try: print(repr(f), '->', repr(f.format(*args, **kw)))
    except Exception as e: print(repr(f), type(e).__name__, e)
print(f'{3.14159=:.2f} {"x"!r:>5} {1+1=} {[1,2]=!s:>10}|')
print(f"{'nested' + f'{1:>{2+1}}'}", f'{{literal}}', f'{42:#0{8}x}')
import datetime
print(f'{datetime.date(2024, 1, 5):%Y/%m/%d}', format(datetime.date(2024,1,5), ''))
print('{:%}'.format(0.5), '{:.0%}'.format(0.125), '{:.1%}'.format(-0.0005))
print(format(12345.6789, '.2n' if False else '.6g'), format(0.00001234, 'g'), format(1e-5, '.0g'), format(123456789, 'g'), format(100000.0, 'g'), format(1e16, ''), format(1e15, ''))
print(str(1e16), str(1e15), repr(1.0e-4), repr(1e-5), 1e22, 123456789012345678.0)
