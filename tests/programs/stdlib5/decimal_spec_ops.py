from decimal import Decimal as D, Context
tests = ['D(2).exp()', 'D(10).ln()', 'D(1000).log10()', "D(2) ** D('0.5')", 'D(2).fma(3, 4)', 'D(7).logb()', "D('0.1').next_plus()", "D('0.1').next_minus()", 'D(1).next_toward(2)',
 'D(1010).logical_and(D(1100))', 'D(1010).logical_or(D(101))', 'D(1010).logical_xor(D(110))', 'D(101).logical_invert(Context(prec=5))', 'D(12).shift(2)', 'D(12345).rotate(-2)', "D('123.45').scaleb(2)",
 "D('1.23E+5').to_integral_value()", 'D(7).remainder_near(4)', "D('1e-999999').is_subnormal()", 'D(5).number_class()', "D(3).compare_total(D('3.0'))", "D(3).compare_total_mag(D('-3.0'))", 'D(1).radix()', "D('12.3400').adjusted()", "D(2).compare_signal(1)", "D(2).max_mag(-3)", "D(2).min_mag(-3)", "D(-2).same_quantum(D('1.0'))", "D(5).is_canonical()", "D(5).conjugate()", "D(5).real", "D(5).imag", "D(2).sqrt(Context(prec=5))", "D(2).__round__()", "D('2.567').__round__(1)"]
for t in tests:
    try: print(t, '=', eval(t))
    except Exception as e: print(t, 'ERR', type(e).__name__, e)
from decimal import localcontext, Inexact, InvalidOperation, Overflow, DivisionByZero
ctx = Context(prec=5, Emax=99, Emin=-99)
for name in ['next_plus', 'next_minus', 'logb', 'number_class', 'logical_invert']:
    for v in ['1', '-0', '9.9999E+99', '-Infinity', '1E-103', 'NaN', '101']:
        try: print(name, v, getattr(ctx, name)(D(v)), sorted(k.__name__ for k, f in ctx.flags.items() if f))
        except Exception as e: print(name, v, type(e).__name__, e)
        ctx.clear_flags()
for a, b in [('12.30', '12.3'), ('-12.30', '-12.3'), ('NaN', 'sNaN'), ('-Inf', '-NaN'), ('0', '-0'), ('5', '7')]:
    print(a, b, ctx.compare_total(D(a), D(b)), ctx.compare_total_mag(D(a), D(b)), ctx.max_mag(D(a), D(b)) if 'sNaN' not in (a + b) else '')
for args in [('7', '4'), ('-7', '4'), ('10', '3'), ('10', '6'), ('1E+10', '3'), ('0', '5'), ('5', '0'), ('Inf', '2'), ('3', 'Inf')]:
    try: print('remainder_near', args, ctx.remainder_near(D(args[0]), D(args[1])))
    except Exception as e: print('remainder_near', args, type(e).__name__, e)
with localcontext(prec=8) as c8:
    print(D(12345).rotate(3), D(12345).shift(-2), D(12345).shift(4), D('1.5').scaleb(-3), D(2).fma(D('1E+9'), -1), D(1).next_toward(0), D(1).next_toward(1), D('-0').next_toward(D('0')))
    try: D(12).shift(9)
    except InvalidOperation as e: print('InvalidOperation', e)
    try: D(2).logical_and(D(3))
    except InvalidOperation as e: print('InvalidOperation', e)
    try: D(0).logb()
    except DivisionByZero as e: print('DivisionByZero', e)
    c8.traps[Overflow] = False
    print(D('9.9999999E+999999').next_toward(D('Inf')), sorted(k.__name__ for k, f in c8.flags.items() if f))
