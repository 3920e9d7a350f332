# Huge ints: str() limit, sys.set_int_max_str_digits, arithmetic.
import sys
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    print(big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(hex(big)), hex(big)[:12])
print(sys.get_int_max_str_digits())
print(len(str(10 ** 4299)))
try:
    f"{10**4300}"
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5])
print(int("7" * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(640)
try:
    str(10**700)
except ValueError as e:
    print("ValueError", e)
print(repr(2**64), 2**100 // 3, -(2**100) // 7, (2**100) % -7, divmod(-(10**30), 7))
print(int(2**70 / 3), (2**70) / (2**69), 10**30 / 10**10, 2**1023 * 2 / 2**1000)
try:
    2**10000 / 3
except OverflowError as e:
    print("OverflowError", e)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
print((2**200).bit_length(), (-(2**200)).to_bytes(26, "big", signed=True)[:3])
print(pow(7, 10**20, 13), pow(2**100, -1, 101), format(2**100, "x"), format(-(2**70), ","))
print(abs(-(2**80)), -(-(2**80)), (2**80) ** 0, max(2**80, 2.0**80), 2**80 == 2.0**80, 2**80 + 1 > 2.0**80)
print(round(2**80 + 5, -1), round(123456789012345678901234567890, -20))
for bad in [2**40, 1.5, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
