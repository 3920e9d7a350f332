# Numeric corners: big ints, pow with modulus, float edge values, math errors.
import math
print(pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(-2, 3, 5), pow(5, 0, 1), 2 ** 0.5, (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0)
for args in [(0, -1), (2, -1, 4), (0.0, -1), (-1.5, 0.5)]:
    try:
        print(args, pow(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__ + ":", e)
big = 3 ** 200
print(big % 1000, big // 7 ** 50, -big // 10 ** 90, big.bit_length(), (-big) >> 300, big & 0xFFFF, ~big < 0, int(str(big)[:20]))
print(10 ** 18 / 3, 2 ** 1000 / 2 ** 999, (2 ** 63) * 1.0, int(1e20), int(-1e-20), float(2 ** 1023 * 2 - 1) if False else "", 7 / 2, -7 / 2, 7 // 2.0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(5.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(5.5 % -2, -5.5 % 2, math.fmod(-5.5, 2), divmod(-5.5, 2), 1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(0.1 * 3, 1 - 0.9, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 9007199254740993, float(9007199254740993), 0.1 + 0.7)
print(round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(1e300, -299), round(123.456, -1), round(5e-324, 400), round(2**70, -20))
print(math.sqrt(2), math.isqrt(10**20 + 1), math.gcd(12, 18, 30), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1.5, 2]))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(1, -0.0), math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 400, math.nan != math.nan)
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.hypot(3, 4), math.atan2(1, 1), math.degrees(math.pi), math.fsum([0.1] * 10), sum([0.1] * 10))
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.factorial, 2.5), (math.acos, 2), (math.exp, 1000), (math.isqrt, -4)]:
    try:
        print(fn.__name__, fn(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(int("9" * 50) + 1, -(2 ** 64) // 3, (2 ** 64) % -7, abs(-2 ** 63), (10 ** 30).to_bytes(13, "big").hex(), int.from_bytes(b"\xff\xff", "little", signed=True))
print((255).bit_count() if hasattr(int, "bit_count") else "", (12).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), float("1e500"), float("-1e500"))
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:80])
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:80])
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(float("inf")), hash(-0.0), hash(True), hash(complex(1, 0)))
print(complex(1, 2) ** 2, (1 + 2j) / (3 - 4j), abs(-3j), complex("inf+nanj"), 1j ** 2, (0j) ** 0)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
from fractions import Fraction
from decimal import Decimal
print(Fraction(3, 4) + Fraction(1, 4), Fraction("0.125"), Fraction(1, 3) * 3 == 1, Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
print(True + 1, True & False, True ^ True, -True, ~True, True << 3, int.__add__(1, 2), float.__mul__(2.0, 3), (3).__rsub__(10), (2).__pow__(3, 5))
