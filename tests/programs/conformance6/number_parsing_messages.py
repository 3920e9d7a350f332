# int()/float()/complex() parsing of underscores, whitespace, unicode digits and bases, with CPython's error messages; rounding and divmod corners.
for s in ['1_000', ' 42 ', '0x1f', '١٢٣', '+7', '-0', '1__0', '_1', '1_', '', '  ', '12a', '٣.٥', '1e3', '0b101', '00', '007', '\u00a012\u2003']:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, repr(f(s)))
        except ValueError as e:
            print(repr(s), f.__name__, 'ValueError', e)
for s, b in [('ff', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('017', 0), ('0', 0), ('00', 0), ('z', 36), ('1_0', 0), ('0x_1f', 0), ('12', 1), ('12', 37), ('0b', 0), ('-0x10', 16)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, 'ValueError', e)
for s in ['inf', '-Infinity', 'nan', '+NaN', '1.5e', '.5', '5.', '1_0.5', '1._5', 'infinity', ' -iNF ', '0x1p3', '1e500', '-1e-500']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), (1.5).hex(), float.fromhex('inf'))
try: int(3.5, 10)
except TypeError as e: print(e)
try: int('5', base=2.0)
except TypeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: float([])
except TypeError as e: print(e)
try: int(float('inf'))
except OverflowError as e: print(e)
try: int(float('nan'))
except ValueError as e: print(e)
print(int(b'12'), int(bytearray(b' 7 ')), float(b'1.5'), int('12', base=0x10), complex('1+2j'), complex(' 3j '))
for s in ['1+', 'j', '1 + 2j', '(1+2j)', '1e1j', 'nanj']:
    try: print(repr(s), complex(s))
    except ValueError as e: print(repr(s), 'ValueError', e)
print(int('9' * 30), int('-' + '1' * 25, 2))
import sys
try: int('1' * 5000)
except ValueError as e: print(e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(2.675, 2), round(12345, -2), round(15, -1), round(25, -1), round(-25, -1))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -2, 7.0 % -2, pow(2, -1), pow(3, 4, 5), pow(3, -1, 7))
try: pow(2, -1, 4)
except ValueError as e: print(e)
print(0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 1.0e22, 1e21, 2.5e-7, float('1e-4'), 100.0, -0.0, 3.14159265358979)
