def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


primes = sieve(100)
print(primes, len(sieve(10000)))
print(factorize(360), factorize(9973), factorize(2 ** 10 * 3 ** 5), factorize(600851475143))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
