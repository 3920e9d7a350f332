import math
fns = ['sqrt', 'log', 'log2', 'log10', 'exp', 'acos', 'asin', 'atanh', 'acosh', 'factorial', 'gamma', 'lgamma', 'log1p', 'isqrt', 'cosh', 'expm1']
for name in fns:
    for arg in [-1, 0, 2.5, 1e308, float('inf'), float('nan'), 10**400, -10**400, 3]:
        try:
            r = getattr(math, name)(arg)
            print(name, arg if not isinstance(arg, int) or abs(arg) < 1000 else 'big', r if not isinstance(r, int) or r < 10**20 else len(str(r)))
        except Exception as e:
            print(name, 'big' if isinstance(arg, int) and abs(arg) > 1000 else arg, type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.0, 3]), math.prod([1, 2], start=10), math.prod(range(1, 30)))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.comb(10, 3), math.comb(3, 5), math.comb(100, 50))
for a in [(-1, 2), (5, -1), (1.5, 1)]:
    try:
        math.comb(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        math.perm(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.hypot(3, 4, 12), math.hypot(), math.hypot(-2), math.hypot(1e200, 1e200))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(e)
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-4, 6), math.lcm(0, 5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(10**20 + 0.5), type(math.floor(2.0)).__name__)
print(math.copysign(1, -0.0), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.atan2(-0.0, -1), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(math.nan), math.nextafter(1, 2), math.ulp(1.0))
try:
    math.floor(math.nan)
except ValueError as e:
    print(e)
try:
    math.ceil(math.inf)
except OverflowError as e:
    print(e)
try:
    math.sqrt('x')
except TypeError as e:
    print(e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.pow(0, -1)
except ValueError as e:
    print(e)
print(math.pow(2, 0.5), math.pow(-8, 1/3) if False else '', math.exp(1000) if False else '', math.log(8, 2), math.log(100, 10), math.log(10**1000))
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    math.log(2, 1)
except ZeroDivisionError as e:
    print(e)
print(math.isqrt(10**50), math.factorial(20), round(math.erf(0.5), 12), math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else 'no sumprod')
