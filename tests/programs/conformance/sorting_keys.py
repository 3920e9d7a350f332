# Sorting: key functions, reverse, stability, multi-key sorts, itemgetter/
# attrgetter, cmp_to_key, sorting mixed types errors, min/max with key.
from operator import itemgetter, attrgetter
from functools import cmp_to_key

people = [('alice', 30, 'NY'), ('bob', 25, 'LA'), ('carol', 30, 'LA'), ('dave', 25, 'NY')]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2], p[0])))
by_city = sorted(people, key=itemgetter(2))
print([p[0] for p in sorted(by_city, key=itemgetter(1))])
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))


class Emp:
    def __init__(self, name, salary):
        self.name, self.salary = name, salary

    def __repr__(self):
        return self.name


emps = [Emp('x', 3), Emp('y', 1), Emp('z', 2)]
print(sorted(emps, key=attrgetter('salary')), max(emps, key=attrgetter('salary')), min(emps, key=lambda e: e.name))


def compare(a, b):
    return (a > b) - (a < b) if a % 2 == b % 2 else (a % 2) - (b % 2)


print(sorted([5, 2, 8, 1, 9, 4], key=cmp_to_key(compare)))
nums = [3, 1, 2]
print(nums.sort(), nums, nums.sort(reverse=True), nums)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, None].sort()
except TypeError as e:
    print('TypeError:', e)
print(sorted([]), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([0.5, -1, 2, 1.5, True]), sorted([[2, 1], [1, 2], [1]]), max([], default='empty'), min([4, 2], default=0))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
print(sorted(range(10), key=lambda n: n % 3), list(reversed(sorted('cab'))), max('abc', 'abd', key=lambda s: s[-1]))
data = [{'n': 'a', 'v': 2}, {'n': 'b', 'v': 1}]
data.sort(key=itemgetter('v'))
print(data, itemgetter(0, -1)('xyz'), attrgetter('real', 'imag')(3 + 4j))
