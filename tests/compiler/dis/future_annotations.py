from __future__ import annotations
from typing import Dict, Optional
x: Dict[str,int] = {}
y: Optional["Foo"]
z: int | None
w: tuple[int, ...]
v: list[-1 + 2 * (3 - 4)]
u: Callable[[int, str], bool]
t: a.b.c[d:e, ::2]
def f(a: 'A', *args: int, k: lambda: 1 = 2, **kw: (x if y else z)) -> not_a and b or c:
    pass
class C:
    q: ClassVar[int] = 3
    r: (1, 2)
    s: {1: 2, **d}
print(__annotations__)
print(f.__annotations__)
print(C.__annotations__)
