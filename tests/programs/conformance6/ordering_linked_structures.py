# Classes with __eq__/__lt__/__hash__ (total_ordering), a linked list with the sequence protocol, a BST with generators, Dijkstra with heapq.
import functools
@functools.total_ordering
class Card:
    RANKS = '23456789TJQKA'
    def __init__(self, rank, suit): self.rank, self.suit = rank, suit
    def __eq__(self, o):
        if not isinstance(o, Card): return NotImplemented
        return (self.rank, self.suit) == (o.rank, o.suit)
    def __lt__(self, o):
        if not isinstance(o, Card): return NotImplemented
        return (self.RANKS.index(self.rank), self.suit) < (self.RANKS.index(o.rank), o.suit)
    def __hash__(self): return hash((self.rank, self.suit))
    def __repr__(self): return f'Card({self.rank!r}, {self.suit!r})'
    def __str__(self): return self.rank + self.suit
hand = [Card('K', 's'), Card('2', 'h'), Card('A', 'd'), Card('T', 'c'), Card('2', 'c')]
print(sorted(hand), max(hand), min(hand), Card('2', 'c') <= Card('2', 'h'), Card('A', 's') >= Card('K', 's'))
print(sorted(hand, key=lambda c: (c.suit, c)), sorted(hand, reverse=True)[0], str(hand[0]), len({*hand, Card('K', 's')}))
try: Card('2', 'c') < 5
except TypeError as e: print(e)
try: sorted([Card('2', 'c'), 3])
except TypeError as e: print(e)
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
class LinkedList:
    def __init__(self, it=()):
        self.head = None; self.n = 0
        for v in reversed(list(it)): self.head = Node(v, self.head); self.n += 1
    def __iter__(self):
        cur = self.head
        while cur: yield cur.v; cur = cur.nxt
    def __len__(self): return self.n
    def __repr__(self): return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __getitem__(self, i):
        if isinstance(i, slice): return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v): return any(x == v for x in self)
    def __bool__(self): return self.head is not None
    def __reversed__(self): return iter(list(self)[::-1])
ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[2], ll[-1], ll[1:4], 4 in ll, 9 in ll, list(reversed(ll)), bool(LinkedList()), ll == LinkedList([3, 1, 4, 1, 5]))
try: ll[10]
except IndexError as e: print(e)
try: hash(ll)
except TypeError as e: print(e)
print(sorted(ll), sum(ll), max(ll), dict.fromkeys(ll), list(enumerate(ll, 1))[:2], [*ll], (*ll,))
class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(n):
            if n is None: return [k, None, None]
            if k < n[0]: n[1] = ins(n[1])
            elif k > n[0]: n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def __iter__(self):
        def walk(n):
            if n: yield from walk(n[1]); yield n[0]; yield from walk(n[2])
        return walk(self.root)
    def height(self, n=0):
        def h(n): return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]: t.insert(k)
print(list(t), t.height(), 65 in t, 66 in t)
import heapq
graph = {'A': {'B': 1, 'C': 4}, 'B': {'C': 2, 'D': 5}, 'C': {'D': 1}, 'D': {}}
def dijkstra(g, s):
    dist = {s: 0}; pq = [(0, s)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')): continue
        for v, w in g[u].items():
            if d + w < dist.get(v, float('inf')): dist[v] = d + w; heapq.heappush(pq, (d + w, v))
    return dist
print(dijkstra(graph, 'A'))
