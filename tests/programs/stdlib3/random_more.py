import random, statistics
random.seed(2024)
print([round(f(), 10) for f in (lambda: random.lognormvariate(0, 1), lambda: random.vonmisesvariate(1, 2), lambda: random.paretovariate(3), lambda: random.weibullvariate(1, 1.5), lambda: random.gammavariate(2, 3), lambda: random.gammavariate(0.5, 1), lambda: random.betavariate(0.5, 0.5), lambda: random.triangular(), lambda: random.expovariate(2))])
print(random.randrange(-10, 10, 3), random.randrange(100, 0, -7), random.choices([1, 2, 3], [0.2, 0.3, 0.5], k=10), random.sample(range(10), k=10))
print(random.sample(['a', 'b', 'c', 'd'], counts=[1, 2, 3, 1], k=5), random.getrandbits(1), random.getrandbits(100), random.randbytes(5))
r = random.Random(99); print(r.randint(0, 10**30), r.uniform(-1, 1), r.choice(range(1000)), r.random())
random.seed(3.5); print(random.random()); random.seed('abc'); print(random.random()); random.seed(b'xyz'); print(random.random()); random.seed(-17); print(random.random())
random.seed(10**40); print(random.random()); random.seed((1, 2)) if False else None
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print(e)
try:
    random.choices([1, 2], weights=[1], k=2)
except ValueError as e:
    print(e)
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.seed(7); random.shuffle(deck); print(deck[:8], random.choice(deck))
sr = random.SystemRandom(); print(type(sr).__name__, 0 <= sr.random() < 1)
random.seed(1)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, statistics.mean(walk), statistics.pstdev(walk), statistics.median(walk))
nd = statistics.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(nd, nd.quantiles(4), nd.overlap(statistics.NormalDist(3, 1)), nd.zscore(3), nd.samples(3, seed=1), nd.variance)
print(statistics.NormalDist(0, 1).inv_cdf(0.5), statistics.fmean([1, 2, 3], weights=[3, 2, 1]) if False else '', statistics.geometric_mean([1, 10, 100]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
random.seed(5); print(random.binomialvariate(10, 0.3) if hasattr(random, 'binomialvariate') else 'no binomialvariate', random.random())
