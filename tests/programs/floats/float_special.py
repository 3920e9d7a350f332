import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -1, inf / inf, 0 * inf, inf - inf, 1 / inf)
print(nan == nan, nan is nan, math.isnan(nan), [nan] == [nan], nan in [nan], inf == inf)
print(max(1, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]), abs(-inf))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0), math.copysign(1, -0.0), 1 / inf, -1 / inf)
print(float("Infinity"), float("-INF"), float("nan"), float(" +1e3 "), float("1E-3"))
for bad in ["abc", "1e", "inf5", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(1e308 * 10 == inf, 5e-324 / 2, 2.2250738585072014e-308, (0.1).hex(), float.fromhex("0x1p-1074"))
