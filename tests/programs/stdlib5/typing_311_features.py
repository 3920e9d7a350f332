import typing
from typing import (Self, LiteralString, Never, NoReturn, assert_never, reveal_type, TypeVarTuple, Unpack, Required, NotRequired, TypedDict,
    dataclass_transform, ParamSpec, Concatenate, TypeGuard, Annotated, get_type_hints, NewType, Callable, Generic, TypeVar, Optional, Union,
    assert_type, cast, Any, Final, final, no_type_check, get_args, get_origin, is_typeddict, Sequence, Mapping, Iterable, Iterator, Type, ClassVar, Protocol)
P = ParamSpec('P'); T = TypeVar('T'); Ts = TypeVarTuple('Ts')
print(P, P.args, P.kwargs, Ts, Unpack[Ts], Callable[P, int], Callable[Concatenate[int, P], str], TypeGuard[int], Annotated[int, 'meta'], Self, LiteralString, Never, NoReturn)
class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), is_typeddict(Movie), is_typeddict(dict))
UserId = NewType('UserId', int); print(UserId, UserId(5), UserId.__supertype__, repr(UserId))
def f(x: Annotated[int, 'positive'], y: 'Optional[str]' = None) -> None: ...
print(get_type_hints(f), get_type_hints(f, include_extras=True))
print(get_args(Annotated[int, 'a', 'b']), get_origin(Annotated[int, 'a']), get_args(Callable[P, int]), get_origin(Callable[..., int]))
try: assert_never(5)
except AssertionError as e: print(e)
print(reveal_type(3) if False else '', assert_type(5, int), cast('int', 'x'))
@final
class Leaf: pass
print(Leaf.__final__ if hasattr(Leaf, '__final__') else 'nofinal')
class Shape:
    def set_scale(self, s: float) -> Self:
        self.s = s; return self
print(Shape().set_scale(2).s, get_type_hints(Shape.set_scale))
class Box(Generic[T]):
    pass
class Pair(Generic[T, *Ts]) if False else Generic[T]:
    pass
print(Box[int], Box[int].__args__, Box.__class_getitem__, Pair[str])
try: Box[int, str]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Union[int]  # fine
except TypeError as e: print(e)
print(Optional[Union[int, str]], Union[int, str] == Union[str, int], Union[int, None] | str, int | None == Optional[int], Type[int], ClassVar[int], Final[int], typing.List[int] == list[int])
class Readable(Protocol):
    def read(self) -> bytes: ...
try: isinstance(b'', Readable)
except TypeError as e: print(e)
try: Readable()
except TypeError as e: print(e)
print(typing.get_overloads(print) if hasattr(typing, 'get_overloads') else '', typing.TYPE_CHECKING, typing.AnyStr, typing.Text, typing.Hashable, typing.Sized)
try: TypeVar('T', int)
except TypeError as e: print(e)
print(TypeVar('X', covariant=True), TypeVar('Y', contravariant=True), TypeVar('Z', bound='Foo').__bound__)
print(typing.Literal[1, 2] == typing.Literal[2, 1], typing.Literal[1, 1, 2], get_args(typing.Literal['a', 'b']))
