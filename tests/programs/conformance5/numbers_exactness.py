# Numbers: float.hex/fromhex round trips, as_integer_ratio, to_bytes/from_bytes
# with signed, bit_count, round() with negative ndigits, float repr of random
# values, complex formatting, divmod/pow/int parsing corners.
import random, math, sys
random.seed(12345)
vals = [0.1, 1/3, 2.5, -0.0, 1e300, 5e-324, 2**53+1.0, 123456.789, float('inf'), float('nan'), 1.7976931348623157e308]
for v in vals:
    try: print(v.hex(), float.fromhex(v.hex()) == v or v != v, v.as_integer_ratio() if math.isfinite(v) else None)
    except Exception as e: print(type(e).__name__, e)
for s in ['0x1.8p1', '-0X1P-1074', '0x.8', '1p4', 'inf', '-infinity', 'nan', '0x1.fffffffffffff8p1023', ' 0x10 ', '0x1p-1075', '0x1p-1076', '0x3p-1076', 'x1']:
    try: print(repr(s), float.fromhex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for n, length, order, signed in [(1024, 2, 'big', False), (-1, 1, 'little', True), (255, 1, 'big', False), (-129, 2, 'big', True), (0, 0, 'big', False), (2**64, 9, 'little', False)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
for args in [(256, 1, 'big'), (-1, 1, 'big'), (1, 1, 'middle'), (-129, 1, 'big', True)]:
    try:
        kw = {'signed': args[3]} if len(args) > 3 else {}
        print(args[0].to_bytes(args[1], args[2], **kw))
    except Exception as e: print(type(e).__name__, e)
print((255).to_bytes(), int.from_bytes(b'\xff\x00'), int.from_bytes([1, 2], 'little'), int.from_bytes(b'', 'big', signed=True))
print([(n, n.bit_count(), n.bit_length()) for n in [0, 1, -1, 255, -256, 2**100 - 1]])
for x in [1234567, -1234567, 15, 25, 35, -25, 10**20 + 5]:
    print(x, [round(x, d) for d in (-1, -2, -3, -7, 0, 2)])
for x in [1234.5678, 2.675, -0.5, 0.5, 1.5, 2.5, 1e16, 123456789.987654321, 5e-324]:
    print(x, [round(x, d) for d in (-2, -1, 0, 1, 2, 3)], round(x))
for _ in range(20):
    v = random.uniform(-1e6, 1e6) * 10 ** random.randint(-30, 30)
    print(repr(v), str(v), f'{v:.17g}', f'{v:e}')
for c in [1+2j, -1-0j, complex(0, -0.0), 1e20j, complex(float('inf'), float('nan')), 3.14159j, -0j, complex(-0.0, 0)]:
    print(repr(c), str(c), f'{c:.2f}', f'{c:>20}', format(c, 'g'), format(c, ''))
print(format(1+2j, '^30.3e'), format(3j, '+'), format(-1.5+0j, '010.2f') if False else '')
try: format(1j, '=10')
except ValueError as e: print(e)
try: format(1j, '010')
except ValueError as e: print(e)
print((1.5).is_integer(), (2.0).is_integer(), float.is_integer(3.0), (7).as_integer_ratio(), (True).as_integer_ratio())
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2.0, 7 % -3, -7.5 % 2, math.fmod(-7.5, 2), 2 ** -1, (-8) ** (1/3))
print(int('1_000', 0), int('0b_101', 0), int(' 42 '), int('٣'), float('1_0.5'), float(' -1E+3 '))
for s in ['1__0', '_1', '0x', '1.5', '', '0o8', '09']:
    try: print(int(s, 0))
    except ValueError as e: print(e)
print(pow(3, -1, 7), pow(2, 100, 10**9), pow(-2, 3, 5))
try: pow(2, -1, 4)
except ValueError as e: print(e)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
