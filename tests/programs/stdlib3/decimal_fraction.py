from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero, Context
import decimal
from fractions import Fraction
print(Decimal('1.10') + Decimal('2.2'), Decimal(0.1), Decimal('3.14159').quantize(Decimal('0.01')), repr(Decimal('1e-7')), str(Decimal('1E+3')))
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('10') ** 20, Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'), Decimal((0, (1, 4), -1)))
for mode in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(Decimal(v).quantize(Decimal('1'), rounding=mode)) for v in ['2.5', '-2.5', '1.5', '0.51', '-7.05', '5.0']])
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal('123456789') + 0, +Decimal('1.234567'), ctx.prec)
print(getcontext().prec, Decimal(1) / 3)
ctx = Context(prec=3, rounding=ROUND_DOWN); print(ctx.divide(Decimal(2), Decimal(3)), ctx.create_decimal('1.2399'))
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print(type(e).__name__, repr(e))
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__, e)
print(Decimal('1.5').to_integral_value(), round(Decimal('2.675'), 2), round(Decimal('2.5')), int(Decimal('-3.9')), float(Decimal('1.1')), Decimal('1.30').normalize())
print(Decimal('7').compare(Decimal('3')), Decimal('-3.5').copy_abs(), Decimal('12.345').as_tuple(), Decimal('1.23E+5').adjusted(), Decimal('0.00').is_zero())
print(Decimal('3') % Decimal('-2'), Decimal('-7') // Decimal('2'), divmod(Decimal('7.5'), 2))
print(sorted([Decimal('1.1'), Decimal('1.01'), 1]), Decimal('1.0') == 1, Decimal('0.1') == 0.1, hash(Decimal('1.0')) == hash(1), max(Decimal('2'), Decimal('2.0')))
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,.1f}", f"{Decimal('0.000012'):e}", f"{Decimal('42'):>8}", format(Decimal('1.5'), '%'))
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    print(e)
print(Decimal.from_float(0.25), Decimal('1.2345').quantize(Decimal('1e-2'), rounding=ROUND_HALF_UP), Decimal(' 12 '), Decimal('1_000'))
f = Fraction(3, 4)
print(f, repr(f), f + 1, f * Fraction(2, 3), f / 2, f ** 2, f ** -1, f ** 0.5, -f, abs(-f), f + 0.25, 0.5 + f, f // Fraction(1, 3), f % Fraction(1, 3))
print(Fraction('1.25'), Fraction(' -3/6 '), Fraction(1.1), Fraction(1.1).limit_denominator(100), Fraction.from_float(0.5), Fraction.from_decimal(Decimal('0.75')))
print(Fraction(355, 113).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000), f.numerator, f.denominator, f.as_integer_ratio())
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), int(Fraction(-7, 2)), float(Fraction(1, 3)), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5)
print(sum([Fraction(1, n) for n in range(1, 6)]), Fraction(6, 4), Fraction(0, 5), Fraction(-1, -2), hash(Fraction(1, 2)) == hash(0.5), f'{Fraction(1, 3)}', f'{float(Fraction(1, 3)):.3f}')
for bad in [lambda: Fraction(1, 0), lambda: Fraction('x'), lambda: Fraction(1.5, 2), lambda: Fraction(float('nan'))]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Fraction(2, 3) + Decimal('1') if False else '', Fraction(1, 3) * 3 == 1, Fraction(1, 3).is_integer() if hasattr(Fraction, 'is_integer') else '', math_floor := __import__('math').floor(Fraction(7, 2)))
print(Decimal('0.1') * 3, Decimal('1') - Decimal('0.9'), Decimal(3.5), Decimal(-0.0), Decimal(10**30), Decimal('1e1000') * Decimal('1e1000'))
print(getcontext())
