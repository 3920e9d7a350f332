# Recursion: limits, RecursionError from Python code, __getattr__/__eq__ loops, recursive reprs, deep parser input
import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d <= 1000)
sys.setrecursionlimit(5000)
def sumto(n): return 0 if n == 0 else n + sumto(n - 1)
print(sumto(4000))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __repr__(self): return f'Node({self.v}, {self.nxt!r})'
n = None
for i in range(3): n = Node(i, n)
print(n)
l = []
for i in range(2000): l = [l]
try:
    s = repr(l)
    print(len(s))
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print(type(e).__name__, e)
class R:
    def __getattr__(self, name): return getattr(self, name + 'x')
try:
    R().a
except RecursionError as e:
    print('getattr', e)
class Eq:
    def __eq__(self, o): return self == o
try:
    Eq() == 1
except RecursionError as e:
    print('eq', e)
d = {}
d['self'] = d
print(d, str(d) == repr(d))
import json
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
def gen_rec(n):
    if n: yield from gen_rec(n - 1)
    yield n
print(sum(gen_rec(500)))
try:
    eval('(' * 300 + ')' * 300)
    print('parsed')
except (RecursionError, SyntaxError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    eval('-' * 100000 + '1')
except (RecursionError, MemoryError) as e:
    print(type(e).__name__, e)
