import statistics as st, random, heapq, bisect
data = [2.5, 3.25, 5.5, 11.25, 11.75, 1, 3]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2, 3, 3]))
print(st.multimode('aabbbccccdddd'), st.pstdev([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.pvariance([1, 2, 3, 4, 5]), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.median_grouped([52, 52, 53, 54]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=4, method='inclusive'), st.mean([1, 2]), type(st.mean([1, 2])).__name__)
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('1.1'), Decimal('2.2')]), st.median([1, 2, 3, 4]))
for bad in [st.mean, st.stdev, st.mode, st.median, st.variance]:
    try:
        bad([])
    except st.StatisticsError as e:
        print(bad.__name__, e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print(e)
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 8]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 7]))
nd = st.NormalDist(100, 15); print(nd, nd.cdf(115), nd.pdf(100), nd.inv_cdf(0.975), nd.mean, nd.stdev, nd + 5, nd * 2)
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.randrange(0, 100, 7), random.uniform(1, 2))
print(random.choices(range(10), k=5), random.choices('abc', weights=[1, 0, 5], k=6), random.choices('xyz', cum_weights=[1, 2, 10], k=4))
print(random.sample(range(100), 5), random.sample('abcdefgh', k=3), random.gauss(0, 1), random.normalvariate(5, 2))
l = list(range(12)); random.shuffle(l); print(l, random.getrandbits(40), random.randrange(10), random.randrange(5, 10))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(1.5), random.randbytes(4).hex())
r = random.Random(7); print(r.random(), r.choice([1, 2, 3]), r.sample([1, 2, 3, 4], 2), random.Random('seed').random(), random.Random(b'x').random())
st_ = r.getstate(); a = r.random(); r.setstate(st_); print(a == r.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.sample([1, 2], 3), lambda: random.choice([]), lambda: random.randint(3, 1), lambda: random.randrange(0, 10, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 2, 8]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), heapq.nlargest(2, {'a': 3, 'b': 1, 'c': 2}.items(), key=lambda kv: kv[1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge(['a', 'cc'], ['bbb'], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1]), heapq.nsmallest(1, []))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(a, recs)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(e)
random.seed(1); print([random.randint(0, 9) for _ in range(10)], random.random())
random.seed(12345); x = list('abcdefghij'); random.shuffle(x); print(''.join(x), random.sample(range(1000), 3))
