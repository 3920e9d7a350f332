import os.path as osp
from collections import namedtuple, deque as dq


def counter(start=0, *, step=1):
    count = start

    def bump(n: int = 1) -> int:
        nonlocal count
        count += n * step
        return count
    return bump


def gen(n):
    yield from range(n)
    x = yield n
    return x


class Base:
    def hello(self):
        return "base"


class Child(Base):
    """A child."""
    kind: str = "child"

    @staticmethod
    def make(*args, **kwargs):
        return Child()

    def hello(self):
        return super().hello() + [k for k in self.__dict__ if k][0:1]


squares = {n: n * n for n in range(10) if n % 3}
pairs = [(i, j) for i in range(3) for j in range(i)]
lazy = (s.upper() for s in "abc")
key = lambda item, *, rev=False: -item if rev else item
