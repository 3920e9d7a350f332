# typing annotations at run time and the string module's constants,
# Template and Formatter basics.
import string
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union, NamedTuple, Generic

T = TypeVar('T')


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first([]), first.__annotations__)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], list[int], int | None)


class Pair(NamedTuple):
    left: int
    right: str = 'r'


p = Pair(1)
print(p, p._fields, Pair.__annotations__, p._replace(left=5))


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box[int](5).item, Box.__name__)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.ascii_lowercase[:5], string.ascii_uppercase[-3:], string.capwords('hello   big world'), len(string.printable))
t = string.Template('$who likes ${what}s; $$ sign')
print(t.substitute(who='Tim', what='kiwi'), t.safe_substitute(who='Ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
fmt = string.Formatter()
print(fmt.format('{0}-{name}', 'a', name='b'), list(fmt.parse('x{0:>3}y')))
print('{:>{w}}|{!r:^9}|{0[1]}'.format('ab', 'c', w=5) if False else '{0:>{w}}|{1!r:^9}|{0[1]}'.format('ab', 'c', w=5))
print('{a.real} {b[0]} {c[k]}'.format(a=3, b=[9], c={'k': 'v'}), '{{}} {}'.format(1), '{:,}'.format(10**7))
for bad in ['{', '{0} {}', '{x}']:
    try:
        print(bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ':', e)
