import random

rng = random.Random(99)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
hist = {total: rolls.count(total) for total in range(2, 13)}
for total, count in hist.items():
    print(f"{total:2} {'*' * (count // 10)} {count}")
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
rng.shuffle(deck)
print(deck[:5], rng.choice(deck), sorted(rng.sample(deck, 4)))
walk = 0
for _ in range(100):
    walk += rng.choice((-1, 1))
print("walk", walk, round(rng.triangular(0, 1, 0.2), 12), round(rng.betavariate(2, 5), 12))
