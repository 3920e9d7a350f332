import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]))
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
tasks = [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in [33, 60, 75, 99]])
s = [1, 3, 3, 5]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect_left(s, 4, 0, 2))
bisect.insort(s, 4)
bisect.insort_left(s, 0)
print(s)
