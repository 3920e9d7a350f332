import math, random
r = random.Random(11)
xs = [r.uniform(-1, 1) * 2.0 ** r.randint(-1074, 1023) for _ in range(15000)] + [float(n) for n in range(-1500, 1500)] + [r.random() for _ in range(5000)] + [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0, float('inf'), float('-inf'), 1e-320]
out = [math.cbrt(x).hex() for x in xs]
# str hashes are CPython's under PYTHONHASHSEED=0, so one hash sums up every result bit.
print(hash(' '.join(out)), out[:3], out[-8:])
print(math.cbrt(float('nan')), math.cbrt(27.0), math.cbrt(-8.0), math.cbrt(1e-310), math.cbrt(3))
