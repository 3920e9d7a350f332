# Classic tasks: sieve, n-queens, knapsack, LCS, Huffman codes, big factorials, roman numerals, calendar, JSON round trips, Collatz, matrix Fibonacci.
import math
# classic tasks
def sieve(n):
    is_p = bytearray([1]) * (n + 1); is_p[:2] = b'\x00\x00'
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]: is_p[i*i::i] = bytes(len(range(i*i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
print(sieve(60), len(sieve(10000)))
def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n: sols.append(acc[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            acc.append(c); place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc); acc.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
print(len(queens(6)), queens(6)[0], len(queens(8)))
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1): best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def lcs(a, b):
    dp = [[''] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            dp[i+1][j+1] = dp[i][j] + x if x == y else max(dp[i][j+1], dp[i+1][j], key=len)
    return dp[-1][-1]
print(lcs('thisisatest', 'testing123testing'), lcs('ABCBDAB', 'BDCABA'))
import heapq
from collections import Counter
def huffman(text):
    heap = [[w, [ch, '']] for ch, w in sorted(Counter(text).items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        lo, hi = heapq.heappop(heap), heapq.heappop(heap)
        for p in lo[1:]: p[1] = '0' + p[1]
        for p in hi[1:]: p[1] = '1' + p[1]
        heapq.heappush(heap, [lo[0] + hi[0]] + lo[1:] + hi[1:])
    return sorted(heapq.heappop(heap)[1:], key=lambda p: (len(p[1]), p))
codes = huffman('this is an example for huffman encoding')
print(codes[:6], sum(len(c) for _, c in codes))
print(math.factorial(52), len(str(math.factorial(1000))), sum(map(int, str(2 ** 1000))))
def roman(n):
    out = ''
    for v, s in [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]:
        q, n = divmod(n, v); out += s * q
    return out
def unroman(s):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    return sum(-vals[a] if vals[a] < vals[b] else vals[a] for a, b in zip(s, s[1:] + 'I'))
print([roman(n) for n in (1990, 2008, 1666, 3999, 4)], [unroman(roman(n)) for n in (1990, 2008, 1666)])
import calendar
print(calendar.month(2024, 2))
print(calendar.isleap(1900), calendar.monthrange(2023, 2), calendar.weekday(2000, 1, 1), calendar.day_name[0])
import json
data = {'name': 'pvm', 'list': [1, 2.5, None, True, 'é'], 'nested': {'a': [], 'b': {}}, 'big': 10 ** 20, 'neg': -0.0}
s = json.dumps(data, sort_keys=True, indent=2)
print(s)
print(json.loads(s) == data, json.dumps(data, ensure_ascii=False, separators=(',', ':')), json.dumps([float('inf'), float('nan')]))
try: json.loads('{"a": 1,}')
except json.JSONDecodeError as e: print(e, e.pos, e.lineno, e.colno)
try: json.dumps({1j: 2})
except TypeError as e: print(e)
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.loads('[1e400, -1e400]'), json.loads('"\\u00e9\\n"'))
def collatz(n):
    steps = 0
    while n != 1: n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
    return steps
print(max(range(1, 10000), key=collatz), [collatz(n) for n in (1, 7, 27, 97)])
def fib_matrix(n):
    def mul(a, b): return [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    r, m = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n: 
        if n & 1: r = mul(r, m)
        m = mul(m, m); n >>= 1
    return r[0][1]
print(fib_matrix(300), math.gcd(2**64, 6**30), math.lcm(12, 18, 30), math.comb(100, 50), math.perm(10, 3))
