# RecursionError caught (direct and mutual), a lowered limit, deep but legal recursion, and an uncaught error 30 frames down.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('caught', e)
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual', e)
sys.setrecursionlimit(60)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(40 < count(0) < 60)
sys.setrecursionlimit(1000)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(900))))
def boom(n):
    if n == 0:
        raise ValueError('bottom reached')
    return boom(n - 1)
boom(30)
