# Big integers (str digit limits, to_bytes/from_bytes), float overflow and the arithmetic errors' messages, fractions and decimal.
import sys
print(int('1' * 4300) % 7)
try: int('1' * 4301)
except ValueError as e: print(e)
try: str(10 ** 4300)
except ValueError as e: print(e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4300)), sys.get_int_max_str_digits())
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
print(hex(10 ** 5000)[:10], (10**50).bit_length(), (-(2**70)).to_bytes(10, 'big', signed=True).hex(), int.from_bytes(b'\xff\xfe', 'little', signed=True))
try: (256).to_bytes(1, 'big')
except OverflowError as e: print(e)
try: (-1).to_bytes(1, 'big')
except OverflowError as e: print(e)
print((255).to_bytes(), (10).as_integer_ratio(), (2**100).bit_count(), (-7).__floordiv__(2), (7).__rtruediv__(2), 5 .__neg__(), True + True, ~True, -True)
print(float(10 ** 308), 2 ** 0.5 * 2 ** 0.5 == 2, 10 ** 400 // 3 % 1000, pow(10**30, -1) , 7 ** -2)
try: float(10 ** 309)
except OverflowError as e: print(e)
try: 10 ** 400 / 1
except OverflowError as e: print(e)
try: 2.0 ** 10000
except OverflowError as e: print(e)
try: math_ = __import__('math'); math_.exp(1000)
except OverflowError as e: print(e)
try: __import__('math').sqrt(-1)
except ValueError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 // 0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0.0)
except ZeroDivisionError as e: print(e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: 1 << -1
except ValueError as e: print(e)
try: 1 << 10 ** 20
except OverflowError as e: print(e)
print(round(float('inf')) if False else '', 1e308 * 10, -1e308 * 10, float('nan') == float('nan'), float('inf') - float('inf'))
try: round(float('inf'))
except OverflowError as e: print(e)
try: round(float('nan'))
except ValueError as e: print(e)
try: int('nan')
except ValueError as e: print(e)
import fractions, decimal
print(fractions.Fraction(3, 4) ** 2, fractions.Fraction('1.25'), fractions.Fraction(0.1).limit_denominator(100), decimal.Decimal('1.10') + decimal.Decimal('2.205'), decimal.Decimal(1) / decimal.Decimal(7))
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit, sys.hash_info.modulus)
