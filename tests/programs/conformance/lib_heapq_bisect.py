# heapq and bisect: heap invariants, nlargest/nsmallest with keys, merge,
# heappushpop/heapreplace, and bisect/insort on sorted lists.
import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ['pear', 'fig', 'apple'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))
tasks = []
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'mid'), (1, 'also urgent')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
s = [1, 3, 3, 5, 7]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect_right(s, 99))
bisect.insort(s, 4)
bisect.insort_left(s, 3)
print(s, bisect.bisect_left(s, 5, 0, 3), bisect.bisect([1, 2], 1, lo=1))


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]), heapq.nlargest(1, records, key=lambda r: r[1]))
