# Exercises lib/decimal under pvm; tests/lib/lib_programs.test.ts compares the
# output with python3's.
import random
from decimal import (Context, Decimal, DivisionByZero, InvalidOperation, Overflow, ROUND_DOWN, ROUND_HALF_UP,
                     getcontext, localcontext)

rng = random.Random(11)


def number():
    if rng.random() < 0.05:
        return rng.choice(['NaN', '-Infinity', 'Infinity', '-0', '0.000'])
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.choice([1, 2, 3, 6, 12, 30])))
    point = rng.randrange(len(digits) + 1)
    text = rng.choice(['', '-']) + digits[:point] + '.' + digits[point:]
    if text.endswith('.') and text[:-1] in ('', '-'):
        text += '0'
    return text + rng.choice(['', '', 'E%d' % rng.randrange(-30, 30)])


def attempt(f):
    try:
        result = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return str(result) if not isinstance(result, tuple) else tuple(map(str, result))


ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('divmod', divmod), ('<', lambda a, b: a < b),
       ('==', lambda a, b: a == b), ('max', lambda a, b: a.max(b)), ('quantize', lambda a, b: a.quantize(Decimal('0.01'))),
       ('sqrt', lambda a, b: a.sqrt()), ('pow', lambda a, b: a ** rng.randrange(-3, 4)), ('neg', lambda a, b: -a),
       ('round', lambda a, b: round(a, 1)), ('int', lambda a, b: int(a)), ('float', lambda a, b: float(a))]
for _ in range(600):
    a, b = Decimal(number()), Decimal(number())
    name, op = rng.choice(ops)
    with localcontext() as ctx:
        ctx.prec = rng.choice([3, 9, 28, 40])
        ctx.rounding = rng.choice(['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR'])
        ctx.traps[InvalidOperation] = rng.random() < 0.5
        print(repr(a), name, repr(b), attempt(lambda: op(a, b)), sorted(k.__name__ for k, v in ctx.flags.items() if v))
print(getcontext())
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), sum(Decimal('0.1') for _ in range(10)), Decimal(0.1))
print(Decimal('3.14159').quantize(Decimal('0.01'), rounding=ROUND_DOWN), round(Decimal('2.675'), 2), Decimal('1.20').normalize())
print(Decimal('12.345').as_tuple(), Decimal('-7.5').as_integer_ratio(), Decimal('1E+5').to_eng_string(), hash(Decimal('1.5')) == hash(1.5))
print(sorted([Decimal('1.5'), Decimal(-2), Decimal('0.3')]), Decimal(2) ** 10, Decimal(2).sqrt(), Decimal('10') ** -2)
c = Context(prec=5, rounding=ROUND_HALF_UP)
print(c, c.divide(Decimal(2), 3), c.create_decimal('1.234567'), c.flags[Overflow])
for expr in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('abc'), lambda: Decimal('NaN') < 1,
             lambda: Decimal('9e999999') * 10, lambda: int(Decimal('NaN')), lambda: Decimal([]), lambda: Context(prec=0)]:
    print(attempt(expr))
print(issubclass(DivisionByZero, ZeroDivisionError), isinstance(Decimal(1), Decimal))
for text in ['1234567.891', '-0.0001', '1.25', '0', '1E+5', '99.95', 'Infinity', '-1.5E-9']:
    d = Decimal(text)
    print([format(d, spec) for spec in ['', '.2f', ',.2f', '015,.2f', '.3g', '.2e', '%', '>12.1f', 'z.2f', '+.0f']],
          f'{d:.3f}', '{:,}'.format(d))
