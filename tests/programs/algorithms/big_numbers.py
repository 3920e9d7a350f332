def power_digits(base, exp):
    return sum(int(d) for d in str(base ** exp))


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digits_of_e(n):
    # e = sum 1/k! computed with integers scaled by 10**(n+5)
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 1
    while term:
        total += term
        term //= k
        k += 1
    return str(total)[: n + 1]


print(power_digits(2, 1000), len(str(fib_big(500))), fib_big(300))
print(digits_of_e(60))
print(pow(3, 10 ** 6, 10 ** 9 + 7), (2 ** 127 - 1) % 1000003, 10 ** 50 // 7 ** 20)
