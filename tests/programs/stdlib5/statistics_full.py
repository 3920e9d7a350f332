import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.fmean(data, weights=[1, 2, 3, 4, 5, 6, 7]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.variance(data, st.mean(data)), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.variance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10), st.quantiles([1, 2, 3, 4], n=4, method='inclusive'))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation(range(10), [x * x for x in range(10)]), st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for fn, args in [(st.mean, ([],)), (st.median, ([],)), (st.mode, ([],)), (st.variance, ([1],)), (st.stdev, ([5],)), (st.harmonic_mean, ([-1, 2],)), (st.geometric_mean, ([0, 1],)), (st.quantiles, ([1], )), (st.quantiles, ([1, 2], 0)), (st.correlation, ([1, 2], [3])), (st.correlation, ([1, 1], [2, 3])), (st.linear_regression, ([1], [2])), (st.fmean, ([],)), (st.pvariance, ([],))]:
    try: print(fn.__name__, fn(*args))
    except st.StatisticsError as e: print(fn.__name__, 'StatisticsError', e)
    except Exception as e: print(fn.__name__, type(e).__name__, e)
nd = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]); print(nd, round(nd.mean, 6), round(nd.stdev, 6), nd.quantiles(4), nd.zscore(3), NormalDist := st.NormalDist(100, 15))
print(NormalDist.cdf(130) - NormalDist.cdf(70), NormalDist.inv_cdf(0.95), NormalDist * 2, NormalDist + NormalDist, NormalDist - 5, NormalDist / 3, NormalDist == st.NormalDist(100, 15), st.NormalDist(0, 1).pdf(0), st.NormalDist().samples(3, seed=42))
try: st.NormalDist(0, -1)
except st.StatisticsError as e: print(e)
try: st.NormalDist().inv_cdf(1)
except st.StatisticsError as e: print(e)
print(st.mean([F(1, 2), F(1, 3)]), st.mean([D('1.1'), D('2.2')]), st.mean([1, 2, 3]), type(st.mean([1, 2])).__name__, st.median([F(1, 2), F(3, 2)]), st.mean(iter([1.5, 2.5])), st.mean([True, False]))
