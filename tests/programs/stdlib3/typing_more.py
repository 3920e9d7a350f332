from typing import (get_type_hints, NamedTuple, TypedDict, Protocol, Generic, TypeVar, cast, overload, Optional, Union,
                    List, Dict, Tuple, Callable, Any, runtime_checkable, get_origin, get_args, Literal, Final, ClassVar, Iterable, Sequence)
import typing
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes)
print(T, repr(K), S.__constraints__, K.__bound__, T.__name__)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
e = Emp('a'); print(e, e._fields, e._field_defaults, e.greet(), Emp.__annotations__, e._replace(id=5), e._asdict())
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print(ex)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}; print(m, Movie.__total__, sorted(Movie.__optional_keys__), Movie.__required_keys__, type(m).__name__)
class Movie2(TypedDict):
    title: str
print(sorted(Movie2.__required_keys__), Movie2(title='t'))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NP(Protocol):
    def m(self): ...
try:
    isinstance(1, NP)
except TypeError as ex:
    print(ex)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box[int](3).get(), Box.__parameters__, Box[int].__origin__, get_args(Box[str]))
class Pair(Generic[T, S]): pass
try:
    Pair[int]
except TypeError as ex:
    print(ex)
print(cast(int, 'x'), cast('List[int]', 5))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), f('a'))
def g(a: int, b: 'str' = 'x', *c: float, d: Optional[List[int]] = None) -> Dict[str, Tuple[int, ...]]: pass
print(get_type_hints(g))
print(g.__annotations__)
print(Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any])
print(get_origin(List[int]), get_origin(Union[int, str]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(Literal['a', 1], Final[int], ClassVar[int], Union[int], Union[int, int], Optional[Union[int, str]], list[int], dict[str, int] == Dict[str, int])
print(Iterable[int], Sequence, typing.Any, repr(typing.NoReturn), int | str, int | None, Optional[int] == Union[int, None])
class Node:
    next: 'Node'
    val: int
print(get_type_hints(Node))
print(typing.TYPE_CHECKING, typing.get_type_hints(Emp))
try:
    List[int]()
except TypeError as ex:
    print(ex)
print(isinstance([], typing.List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))
try:
    isinstance([], List[int])
except TypeError as ex:
    print(ex)
U = typing.NewType('U', int); print(U(5), U, U.__supertype__)
print(typing.Annotated[int, 'meta'], get_args(typing.Annotated[int, 'm']))
print(type(None) in get_args(Optional[int]), Union[str, int].__args__)
