# A course-style exercise set on numbers: primes, gcd, fibonacci, digits,
# base conversion, perfect numbers, collatz, number formatting tables.
def primes_up_to(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]


print(primes_up_to(60))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), [gcd(a, 12) for a in range(1, 13)])


def fib_list(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out


print(fib_list(15), fib_list(100)[-1])
print(sum(int(d) for d in str(2 ** 100)), len(str(2 ** 1000)), int(str(12345)[::-1]))


def to_base(n, b):
    digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = ''
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out


print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int(to_base(12345, 36), 36))
print([n for n in range(1, 10000) if sum(d for d in range(1, n) if n % d == 0) == n])


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(max(range(1, 1000), key=collatz), collatz(27))
print(f"{'n':>3} {'n^2':>5} {'n^3':>6} {'sqrt':>8} {'1/n':>8}")
for n in range(1, 8):
    print(f'{n:>3} {n**2:>5} {n**3:>6} {n**0.5:>8.4f} {1/n:>8.5f}')
amount = 1234567.891
print(f'{amount:,.2f}', f'{amount:>15,.1f}', f'{-amount:+.3e}', f'{0.25:.1%}', f'{42:#010b}', f'{255:#06x}')
print(round(2.675, 2), round(-1.5), round(0.5), f'{2.675:.2f}', f'{1e-7:.2g}', 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3)
total = 0
for price, qty in [(19.99, 3), (5.25, 4), (0.1, 10)]:
    total += price * qty
print(total, round(total, 2), f'{total:.2f}')
