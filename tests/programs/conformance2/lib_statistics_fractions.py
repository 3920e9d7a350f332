# statistics, fractions and decimal in numeric reports.
import statistics as st
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, localcontext
data = [2.5, 3.25, 5.5, 1.75, 3.25, 4.0]
print(st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data), st.multimode([1, 1, 2, 2, 3]))
print(st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data), st.fmean([1, 2, 3, 4]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]) if True else "", st.geometric_mean([54, 24, 36]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2, 3, 4]), st.median([3, 1, 2]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=4, method="inclusive"))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 10), st.linear_regression([1, 2, 3], [2, 4, 7]), round(st.covariance([1, 2, 3], [1, 3, 2]), 10))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.variance([])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError", e)
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), nd.mean, nd.stdev, round(nd.pdf(100), 8), nd)
f = Fraction(3, 4)
print(f + Fraction(1, 4), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f // Fraction(1, 3), f % Fraction(1, 3), divmod(f, Fraction(1, 5)))
print(Fraction("3.1415"), Fraction("-2/6"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(1.5), Fraction(Decimal("0.25")))
print(f == 0.75, f < 1, f > Fraction(2, 3), float(f), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(1, 3), 2))
print(repr(f), str(Fraction(4, 2)), f.numerator, f.denominator, f.as_integer_ratio(), hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 3) + 0.5, 1 - f)
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction(1.5, 2), lambda: Fraction(float("inf"))]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(Decimal("1.1") + Decimal("2.2"), Decimal("10") / Decimal("3"), Decimal("2").sqrt(), Decimal(0.1), Decimal("1.30") * 2, Decimal("-0"))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(Decimal("2.5")), round(Decimal("3.14159"), 3))
print(repr(Decimal("1e10")), str(Decimal("1E+2")), Decimal("100").normalize(), Decimal("1.000").normalize(), Decimal("0.0001234"), Decimal(12345678901234567890))
print(Decimal("1") / Decimal("7") * 7 == 1, Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("5") % Decimal("3"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"))
print(sum([Decimal("0.1")] * 10), Decimal("1.5").as_integer_ratio(), int(Decimal("-3.9")), float(Decimal("2.5")), Decimal("12.345").as_tuple())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(getcontext().prec, f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", format(Decimal("1e-7"), "f"))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0)]:
    try:
        bad()
    except (InvalidOperation, TypeError, ArithmeticError) as e:
        print(type(e).__name__, e)
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]), st.harmonic_mean([5]), st.harmonic_mean([0, 5]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.geometric_mean([1, 10, 100]), st.geometric_mean(iter([2.0, 8.0])), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([7]))
print(st.quantiles([1, 5], n=3), st.quantiles([10, 20, 30], n=10), st.quantiles([Fraction(1, 2), 3, 7.5], n=4, method="inclusive"))
print(st.covariance([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), st.correlation([1, 2, 3], [1, 2, 3.5]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for bad in [lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.harmonic_mean(["a"]), lambda: st.quantiles([1], n=4),
            lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"), lambda: st.correlation([1, 1], [2, 3]), lambda: st.covariance([1], [2]),
            lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.correlation([1, 2], [1]), lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 0).cdf(1),
            lambda: st.median_grouped([]), lambda: st.median_grouped(["a", "b"])]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
a, b = st.NormalDist(10, 2), st.NormalDist(12, 3)
print(a + b, a - 1, a * 2, 3 * a, a / 2, -a, +a, 1 - a, a == st.NormalDist(10.0, 2.0), a.variance, a.median, a.zscore(13), round(a.overlap(b), 12))
print(st.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]), st.NormalDist().inv_cdf(0.975), st.NormalDist(0, 1).quantiles(), st.NormalDist(5, 2).inv_cdf(1e-12))
