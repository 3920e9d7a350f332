import random
r = random.Random(12345)
print(r.randbytes(8), r.sample(['a', 'b', 'c'], counts=[3, 1, 2], k=4), r.choices('xyz', k=5), r.normalvariate(0, 1), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2), r.gammavariate(2, 3), r.gammavariate(0.5, 1), r.betavariate(0.5, 0.5), r.triangular(), r.randrange(10**30), r.getrandbits(100), r.uniform(5, 1))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
for seed in [0, -5, 2**100, 3.5, 'abc', b'abc', bytearray(b'x'), None if False else 7]:
    random.seed(seed); print(repr(seed), random.random(), random.randint(0, 10**9))
random.seed(1, version=1); print(random.random())
class MyR(random.Random):
    def random(self): return 0.5
m = MyR(); print(m.choice('abc'), m.randrange(10), m.shuffle if False else '', m.uniform(0, 2))
for bad in [lambda: random.randrange(0), lambda: random.randrange(1, 1), lambda: random.randrange(0, 10, 0), lambda: random.sample([1, 2], -1), lambda: random.choices('ab', weights=[1]), lambda: random.choices('ab', weights=[0, 0]), lambda: random.randint(5, 1), lambda: random.randrange(1.5), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1)]:
    try: print(bad())
    except (ValueError, TypeError, IndexError) as e: print(type(e).__name__, e)
random.seed(99); l = list(range(20)); random.shuffle(l); print(l, random.sample(range(10**9), 3), random.choice(range(10**12)))
print(random.Random(5).expovariate(), random.Random(5).gauss(), random.Random(5).binomialvariate(10, 0.3) if hasattr(random.Random, 'binomialvariate') else '')
