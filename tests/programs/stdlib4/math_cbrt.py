import math, random, struct
r = random.Random(11)
xs = [r.uniform(-1, 1) * 2.0 ** r.randint(-1074, 1023) for _ in range(60000)] + [float(n) for n in range(-3000, 3000)] + [r.random() for _ in range(20000)] + [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0, float('inf'), float('-inf'), 1e-320]
out = [math.cbrt(x).hex() for x in xs]
import hashlib
print(hashlib.sha256(' '.join(out).encode()).hexdigest()[:16], out[:3], out[-8:])
print(math.cbrt(float('nan')))
