# math functions: results and error messages.
import math
print(math.sqrt(16), math.isqrt(17), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.copysign(3, -0.0), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0), math.expm1(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.modf(3.5), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(3), type(math.floor(3.7)), math.ceil(2**70 + 0.0) == 2**70, math.inf, -math.inf, math.nan, math.tau, math.e)
print(math.nextafter(1, 2), math.ulp(1.0))
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial(5.0)", lambda: math.factorial(5.0)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("comb(5, 1.0)", lambda: math.comb(5, 1.0)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("ceil(inf)", lambda: math.ceil(math.inf)),
    ("gcd(1.5)", lambda: math.gcd(1.5)),
    ("ldexp(1, 2000)", lambda: math.ldexp(1.0, 2000)),
    ("log(2**2000)", lambda: round(math.log(2**2000), 6)),
    ("sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("dist((1,), (1, 2))", lambda: math.dist((1,), (1, 2))),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-1.5)", lambda: math.gamma(-1.5)),
    ("lgamma(-1)", lambda: math.lgamma(-1)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("erf(0.5)", lambda: round(math.erf(0.5), 12)),
    ("prod(['a'])", lambda: math.prod(["a", "b"])),
    ("trunc('x')", lambda: math.trunc("x")),
]
for name, fn in cases:
    try:
        print(name, "->", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__, e)
