# match statements: every pattern kind, guards, captures, binding on failure.
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class Pair:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
    def __repr__(self):
        return f"Pair({self.left!r}, {self.right!r})"

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case "a" "b":
            return "ab"
        case b"bytes":
            return "bytes"
        case Color.RED:
            return "red"
        case int(n) if n > 100:
            return f"big {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str(s) if len(s) > 3:
            return f"long str {s}"
        case str():
            return "short str"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} {extra}"
        case {"k": _}:
            return "has k"
        case {}:
            return "mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case Pair(Pair() as inner, right=r):
            return f"nested pair {inner.left} {r}"
        case Pair(l, r):
            return f"pair {l} {r}"
        case _:
            return f"other {type(v).__name__}"

values = [None, True, False, 0, 0.0, -1, 1+2j, "ab", b"bytes", Color.RED, Color.GREEN,
          500, 7, 2.5, "hello", "hi", [], [9], [1, 2, 3], [4, 5, 4], (6, 7, 8), [1],
          {"type": "user", "name": "ann", "age": 3}, {"k": 1}, {"z": 2}, Point(0, 0),
          Point(0, 5), Point(3, 4), Pair(Pair(1, 2), 3), Pair(1, 2), {1, 2}, "abcd"[:0],
          range(2), bytearray(b"x"), (1, 2, 3, 4, 1)]
for v in values:
    print(repr(v)[:40], "->", describe(v))

# binding persists after a failed case with partial captures
match [1, 2]:
    case [a, 3]:
        pass
    case _:
        print("a bound after a failed case:", "a" in globals())

# sequence patterns never match str/bytes/bytearray
for s in ["xy", b"xy", bytearray(b"xy")]:
    match s:
        case [p, q]:
            print("sequence", p, q)
        case _:
            print("not a sequence", type(s).__name__)

# class pattern errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)

class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)

# mapping pattern: get via __getitem__ of a Mapping subclass, keys must not repeat
from collections import defaultdict, OrderedDict
dd = defaultdict(int, a=1)
match dd:
    case {"missing": _}:
        print("found missing?")
    case {"a": 1}:
        print("dd matched", dict(dd))

match OrderedDict(x=1, y=2):
    case {"x": 1, **rest}:
        print("rest", rest)

# guard sees bindings, and the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return (1, 2)
match subject():
    case (x, y) if x > y:
        print("no")
    case (x, y) if x < y:
        print("guard", x, y, len(calls))

# value patterns with dotted names and constants
import math
match math.pi:
    case math.pi:
        print("pi matched")

match 3:
    case 1 | 2 | 3 as small:
        print("or with as", small)

# captures bind only when the whole case matches; or-patterns reorder them
def f(v):
    match v:
        case [a, b] | (b, a, _) | {"a": a, "b": b}:
            return ("or", a, b)
        case [x, [y, z] | (z, y, 0)] if x > 0:
            return ("nested", x, y, z)
        case {"k": ([p] | p)} as whole:
            return ("as", p, whole)
        case [*xs, ([q] | q)] if len(xs) == 3:
            return ("star", xs, q)
        case Exception(args=(m, *_)) | KeyError(m):
            return ("cls", m)
        case _:
            return "none"
for v in [[1, 2], (1, 2, 3), {"a": 5, "b": 6}, {"k": 4}, {"k": [7]}, [1, 2, 3, [4]],
          ValueError("e", 1), [9], "str"]:
    print(f(v))
match [1, 2]:
    case [m, 3] | [2, m]:
        pass
    case _:
        print("m bound after failed or-pattern:", "m" in globals())
match (1, 2):
    case (n, o) if n > 5:
        pass
    case _:
        print("bound before a failed guard:", n, o)
