# namedtuple's __new__ binds its arguments as a Python function with the
# fields as parameters: CPython's argument errors, __defaults__ and signature.
from collections import namedtuple
import inspect

P = namedtuple('P', 'x y', defaults=[0])
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=(1, 2))
E = namedtuple('E', '')
One = namedtuple('One', 'v')

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError', e)

attempt('P(1, 2, 3)', lambda: P(1, 2, 3))
attempt('P()', lambda: P())
attempt('P(1, z=3)', lambda: P(1, z=3))
attempt('P(1, x=3)', lambda: P(1, x=3))
attempt('P(1, 2, 3, z=1)', lambda: P(1, 2, 3, z=1))
attempt('Q(1, 2, 3, 4, 5)', lambda: Q(1, 2, 3, 4, 5))
attempt('Q()', lambda: Q())
attempt('E(1)', lambda: E(1))
attempt('One(1, 2)', lambda: One(1, 2))
attempt('One()', lambda: One())
attempt('R()', lambda: namedtuple('R', 'a b c')(1))
attempt('P(y=5, x=4)', lambda: P(y=5, x=4))
attempt('Q(0, c=9)', lambda: Q(0, c=9))
print(P.__new__.__defaults__, Q.__new__.__defaults__, E.__new__.__defaults__)
print(inspect.signature(P), inspect.signature(Q), inspect.signature(E), inspect.signature(One))
print(P.__new__.__name__, P.__new__.__qualname__, P.__new__.__doc__)
print(P(1), One(7), E(), P._make([5, 6]), P(1)._replace(y=9))

class S(namedtuple('S', 'a')):
    def __new__(cls, a=5):
        return super().__new__(cls, a * 2)

print(S(), S(4))
