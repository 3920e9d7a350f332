# typing: NamedTuple with methods and defaults, TypedDict, Generic classes, reprs of special forms, annotations and get_type_hints.
from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Callable, TypeVar, Generic, Protocol, Literal, Any
import typing
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), p._asdict(), p._replace(y=0), Point._fields, Point._field_defaults, Point.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, Movie.__total__, sorted(Movie.__annotations__))
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int](5).get(), Box.__parameters__, Box[int].__args__, T, typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(Optional[int], Union[int, str], List[int], Callable[[int], str], Literal['a', 'b'], int | None, Union[int, None] == Optional[int])
class Greeter(Protocol):
    def greet(self) -> str: ...
def f(a: int, b: 'str' = 'x') -> Optional[List[int]]: pass
print(f.__annotations__, typing.get_type_hints(f))
print(isinstance(3, int | str), typing.cast(int, 'x'), typing.TYPE_CHECKING, Any)
