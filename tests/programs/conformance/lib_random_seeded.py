# random with fixed seeds: the Mersenne Twister sequence and every common
# helper must reproduce CPython's values exactly.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(10))
print(random.choice('abcdefg'), random.choices(range(10), k=5), random.choices('abc', weights=[10, 1, 1], k=6))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.sample('hello', 2))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12))
print(random.getrandbits(8), random.getrandbits(70), round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12))
random.seed('text seed')
print(random.random(), random.randint(0, 10**12))
random.seed(b'bytes')
print(random.random())
r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
state = r1.getstate()
a = r1.random()
r1.setstate(state)
print(a == r1.random())
random.seed(0)
print(round(random.betavariate(2, 3), 12), round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 1), 12))
print(round(random.paretovariate(2), 12), round(random.weibullvariate(1, 2), 12), round(random.gammavariate(2, 1), 12))
random.seed(99)
print(random.choices([1, 2, 3], cum_weights=[1, 2, 10], k=4), random.randbytes(4))
try:
    random.choice([])
except IndexError as e:
    print('IndexError:', e)
try:
    random.randint(5, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError:', e)
