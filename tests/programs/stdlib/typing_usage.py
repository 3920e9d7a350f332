from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, Iterable

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Pair(NamedTuple):
    left: int
    right: int = 0


def total(values: Iterable[int], scale: Optional[float] = None) -> Union[int, float]:
    s = sum(values)
    return s * scale if scale is not None else s


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), total([1, 2, 3]), total([1, 2], 0.5), apply(lambda v: v * 3, 4))
print(Pair(1), Pair(1, 2)._asdict(), total.__annotations__["scale"])
print(List[int], Dict[str, Any], Optional[int], Tuple[int, ...], Callable[[int], str])
mapping: Dict[str, List[int]] = {"a": [1]}
print(mapping)
