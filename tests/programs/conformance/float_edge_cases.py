# float repr, rounding, special values, conversions and errors.
vals = [0.1 + 0.2, 1 / 3, 2.5, 1e22, 1e-5, 123456789012345678.0, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e16, 1.5e-7]
for v in vals:
    print(repr(v), str(v), round(v, 2), int(v) if v == v and abs(v) != float('inf') else '')
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1.0005, 3), round(7.0), type(round(7.0)).__name__)
print(float('inf'), float('-inf'), float('nan'), float(' 1.5 '), float('1e3'), float('-.5'), float('infinity'), float('+NaN'))
inf = float('inf')
nan = float('nan')
print(inf - inf, inf * 0, nan == nan, nan != nan, inf > 10**400, -inf < -10**400, max(1.0, 2), min(-0.0, 0.0))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), 2.0 ** 0.5, (-8.0) ** (1 / 3) if False else '', 10 / 4)
for bad in ['abc', '', '1.2.3', '1e']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), (0.1).hex(), float.fromhex('0x1.8p1'), 3.7.__trunc__() if hasattr(3.7, '__trunc__') else '')
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10, 0.1 * 3, sum([0.1] * 10), 3 * 0.1 == 0.3)
print(f'{1/3:.20f}', f'{2**0.5!r}', 1.0 == 1, hash(1.0) == hash(1), 1.5.__floor__() if hasattr(1.5, '__floor__') else '')
