# Reading standard input: input() with prompts, iteration over sys.stdin,
# parsing numbers, EOFError at the end.
import sys

n = int(input('count? '))
numbers = [int(input()) for _ in range(n)]
print('numbers', numbers, 'sum', sum(numbers))
header = sys.stdin.readline()
print('header', repr(header))
rows = []
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line:
        continue
    if line == 'END':
        break
    name, score = line.split(':')
    rows.append((name.strip(), float(score)))
rows.sort(key=lambda r: (-r[1], r[0]))
for name, score in rows:
    print(f'{name:<6}{score:6.1f}')
rest = sys.stdin.read()
print('rest', repr(rest))
try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
