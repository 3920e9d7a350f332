from decimal import *
import decimal
def show(label, f):
    c = getcontext(); c.clear_flags()
    try:
        r = f()
        print(label, repr(r), sorted(k.__name__ for k, v in c.flags.items() if v))
    except Exception as e:
        print(label, type(e).__name__)
cases = ['1', '0', '-1', '2', '10', '0.5', '1E-30', '-1E-30', '123.456', '-5.5', '1E+5', '-1E+5', '1E+7', '-1E+7', 'Infinity', '-Infinity', 'NaN', '0.001', '1000', '3.0000', '1E-100', '99999', '0.1', '7E-10']
for v in cases:
    show('exp ' + v, lambda: Decimal(v).exp())
    show('ln ' + v, lambda: Decimal(v).ln())
    show('log10 ' + v, lambda: Decimal(v).log10())
for a, b in [('2', '0.5'), ('4', '0.5'), ('1.21', '0.5'), ('1', '0.3'), ('8', '0.3333'), ('10', '-0.5'), ('0.25', '1.5'), ('-8', '0.5'), ('0', '0.5'), ('0', '-0.5'), ('-0', '0.5'), ('2', '1.5'), ('1.0001', '1E+5'), ('27', '0.333333333333333333333333333333'), ('1.5', '2.5'), ('100', '0.25'), ('16', '-0.75'), ('Infinity', '0.5'), ('2', '1E-40')]:
    show('pow %s %s' % (a, b), lambda: Decimal(a) ** Decimal(b))
with localcontext() as ctx:
    ctx.prec = 50
    show('exp50', lambda: Decimal(1).exp()); show('ln50', lambda: Decimal(2).ln()); show('pi-ish', lambda: Decimal(2).sqrt() ** Decimal('2.5'))
for rnd in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP]:
    with localcontext(Context(prec=5, rounding=rnd)):
        show(rnd, lambda: (Decimal(3).exp(), Decimal(3).ln(), Decimal(3).log10(), Decimal(3) ** Decimal('0.7'), Decimal('-1E-10').exp()))
print(getcontext().ln(Decimal(5)), getcontext().exp(2), getcontext().log10(7))
# compound interest and a continuous-growth model, as a finance script would write them
getcontext().prec = 20
rate = Decimal('0.05')
print((1 + rate / 12) ** 120, (rate * 10).exp(), (Decimal(2).ln() / rate).quantize(Decimal('0.01')), Decimal('1.07') ** Decimal('7.5'))
print([str(Decimal(n).log10().quantize(Decimal('0.0001'))) for n in (2, 3, 50, 999)])
