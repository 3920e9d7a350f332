# Which __eq__/__lt__/__gt__ calls containers, sorting, max/min, heapq and bisect make (identity shortcuts, NaN)
class Noisy:
    log = []
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        Noisy.log.append((self.n, getattr(o, 'n', o)))
        return isinstance(o, Noisy) and self.n == o.n
    def __hash__(self): return hash(self.n)
    def __repr__(self): return f'N{self.n}'
a, b, c = Noisy(1), Noisy(2), Noisy(1)
l = [a, b]
print(c in l, Noisy.log); Noisy.log.clear()
print(a in l, Noisy.log); Noisy.log.clear()
print(l.index(c), l.count(c), Noisy.log); Noisy.log.clear()
l.remove(c); print(l, Noisy.log); Noisy.log.clear()
d = {a: 'x'}
print(d[c], Noisy.log); Noisy.log.clear()
print({a, c}, Noisy.log); Noisy.log.clear()
print([a, b] == [c, b], Noisy.log); Noisy.log.clear()
print((a,) == (a,), Noisy.log); Noisy.log.clear()
print([a] != [c], Noisy.log); Noisy.log.clear()
nan = float('nan')
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan], [nan].count(nan), [nan].index(nan))
print(float('nan') in [float('nan')], {float('nan'), float('nan')}.__len__())
class AlwaysEq:
    def __eq__(self, o): return True
    __hash__ = None
print(AlwaysEq() in [1, 2], [1, 2].index(AlwaysEq()) if False else [AlwaysEq()].index(5), 3 in [AlwaysEq()])
print(sorted([3, 1, 2], key=Noisy), Noisy.log[:3]); Noisy.log.clear()
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __repr__(self): return f'L{self.v}'
print(sorted([Lt(2), Lt(1), Lt(3)]))
print(max([Lt(2), Lt(1), Lt(3)]), min(Lt(5), Lt(4)))
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([Gt(2), Gt(1)]))
import heapq
h = [Lt(3), Lt(1), Lt(2)]; heapq.heapify(h); print(h[0])
import bisect
print(bisect.bisect([1, 2, 4], 3), bisect.insort(x := [1, 3], 2), x)
