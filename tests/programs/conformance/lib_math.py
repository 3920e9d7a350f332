# math: rounding functions, gcd/lcm, factorial/comb/perm, isclose, special
# values, trig/log accuracy and domain errors.
import math

print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.0)).__name__, round(-2.5))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.sqrt(2), math.isqrt(17), math.pow(2, 0.5), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)), math.remainder(7, 3), math.erf(0.5), math.gamma(5), math.lgamma(10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5)]:
    try:
        fn(arg)
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__ + ':', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError:', e)
print(math.floor(1e20), math.ceil(-1e-20), math.isqrt(10**40), math.comb(100, 50), math.factorial(25) // math.factorial(23))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.exp2(3) if hasattr(math, 'exp2') else 8.0)
