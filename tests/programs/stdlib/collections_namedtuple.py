from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, isinstance(p, tuple), len(p), p == (3, 4))
Employee = namedtuple("Employee", "name role salary", defaults=["engineer", 100])
print(Employee("ann"), Employee("bob", "manager"), Employee._make(["cy", "ceo", 500]))
people = [Employee("z", salary=50), Employee("a", salary=150)]
print(sorted(people, key=lambda e: e.salary)[0].name, max(people).name)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(p).__name__, Point.__doc__)
