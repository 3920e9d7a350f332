import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9))
print(math.factorial(25), math.gcd(48, 180), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(10 ** 20 + 1), math.pow(2, 0.5), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 6), 12), math.atan2(1, 1))
print(math.copysign(3, -1), math.fabs(-2), math.fmod(7, -3), math.modf(3.75), math.frexp(10.0), math.ldexp(0.625, 4))
print(math.log(2 ** 1000), math.floor(1e20), math.ceil(-0.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
