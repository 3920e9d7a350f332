# int % and // (and their in-place forms) on small, 2**31-range, 2**52-range
# and past-2**53 operands of every sign: the vm's inline path covers |a|, |b|
# up to 2**52 and the runtime the rest; both must floor toward -inf.
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**52, -2**52, 2**52 + 1, -(2**52 + 1), 2**53 - 1, -(2**53 - 1),
        2**53 + 5, 10**15 + 3, 3, 1000000007, 131, 10**20]
rows = []
for a in vals:
    for b in vals:
        if b == 0:
            continue
        x = a
        x %= b
        y = a
        y //= b
        rows.append((a % b, a // b, x, y, divmod(a, b)))
h = 0
for row in rows:
    for v in row:
        h = (h * 131 + hash(v)) % 1000000007
print(len(rows), h)
for row in rows[:60]:
    print(row)
print(-0 % 5, 0 % -5, 0 // -5, -6 % 3, 6 % -3, -6 // 3, 5 // -1, -5 % 1)
for a, b in [(1, 0), (0, 0), (2**60, 0)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
text = 'the quick brown fox'
d = 0
for ch in text * 50:
    d = (d * 131 + ord(ch)) % 1000000007
print(d)
