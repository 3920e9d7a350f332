# typing constructs at runtime: NamedTuple, TypedDict, Optional, generics.
from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Any, Callable, TypeVar, Generic, Protocol, Literal, get_type_hints, cast, overload, Final, ClassVar, Tuple
import typing
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def label(self):
        return f"{self.name}@{self.dept}"
e = Employee("ann", salary=10.5)
print(e, e.label(), e._fields, e._field_defaults, Employee.__annotations__, e._replace(dept="ops"), e._asdict())
print(isinstance(e, tuple), e[0], len(e), Employee._make(["b", "c", 1]))
try:
    Employee()
except TypeError as err:
    print("TypeError", err)
class Movie(TypedDict):
    title: str
    year: int
class PartialMovie(TypedDict, total=False):
    rating: float
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}), PartialMovie.__optional_keys__, Movie.__total__)
def f(a: Optional[int], b: Union[int, str] = 1, *args: Any, c: "List[int]" = None, **kw: Dict[str, int]) -> None:
    pass
print(f.__annotations__["a"], f.__annotations__["b"], f.__annotations__["return"], f.__annotations__["c"])
print(get_type_hints(f)["c"], Optional[int] == Union[int, None], Union[int, int], Union[int, str] == Union[str, int])
print(List[int], Dict[str, List[int]], Callable[[int, str], bool], Tuple[int, ...], Literal["a", "b"], typing.Any)
print(list[int] == List[int], int | None, type(int | str).__name__, (int | str).__args__, isinstance(1, int | str), Optional[List[int]].__args__)
T = TypeVar("T")
K = TypeVar("K", bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), T, K.__bound__, Stack[int], Stack.__parameters__, type(s).__name__)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hi"
def use(g: Greeter) -> str:
    return g.greet()
print(use(En()), cast(int, "not checked"), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | str))
@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x):
    return x * 2
print(dbl(2), dbl("a"))
MAX: Final = 10
class C:
    count: ClassVar[int] = 0
    name: str
print(C.__annotations__, MAX, typing.TYPE_CHECKING)
try:
    Union[int]()
except TypeError as err:
    print("TypeError", err)
Alias = Dict[str, "Employee"]
print(Alias, typing.NewType("UserId", int)(5), typing.NewType("UserId", int).__name__ if hasattr(typing.NewType("UserId", int), "__name__") else "")
class Tree:
    left: "Optional[Tree]"
    value: "int"
    size: ClassVar["int"] = 0
def build(t: "Tree", n: "Employee" = None) -> "List[Tree]":
    return [t]
print(get_type_hints(Tree)["left"], get_type_hints(Tree)["value"], sorted(get_type_hints(build).items(), key=str))
print(get_type_hints(Employee), get_type_hints(Movie))
try:
    def broken(x: "Undefined") -> None: pass
    get_type_hints(broken)
except NameError as err:
    print("NameError", err)
