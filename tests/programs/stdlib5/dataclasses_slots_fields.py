from dataclasses import dataclass, field, fields, replace, InitVar, KW_ONLY, asdict, astuple, is_dataclass, FrozenInstanceError, make_dataclass, MISSING
import dataclasses, copy
@dataclass(slots=True, weakref_slot=True)
class S:
    a: int
    b: str = 'x'
import weakref
s = S(1); r = weakref.ref(s); print(r() is s, S.__slots__, S.__match_args__)
@dataclass(match_args=False, repr=False, eq=False)
class M:
    a: int
print(hasattr(M, '__match_args__'), M(1) == M(1), 'M object' in repr(M(1)))
@dataclass
class K:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 3
print(K(1, 5), K(1, 4, b=9), [f.name for f in fields(K)], K.__match_args__, [f.kw_only for f in fields(K)])
@dataclass
class I:
    a: int
    scale: InitVar[int]
    def __post_init__(self, scale): self.a *= scale
print(I(2, 3), [f.name for f in fields(I)])
try: replace(I(2, 3), a=5)
except ValueError as e: print(e)
print(replace(I(2, 3), a=5, scale=10))
@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list, hash=False)
f = F(1)
try: object.__setattr__(f, 'a', 2); print(f)
except Exception as e: print(e)
try: f.c = 3
except FrozenInstanceError as e: print(repr(e))
print(hash(F(1)) == hash(F(1, [2])), copy.deepcopy(f), F.__dataclass_params__)
try:
    @dataclass
    class Bad(F): x: int = 0
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class Bad2(K): pass
except TypeError as e: print(e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])]); print(asdict(t)); print(astuple(t)); print(asdict(t, dict_factory=lambda kv: dict((k.upper(), v) for k, v in kv)))
print(fields(t)[0].name, dataclasses.is_dataclass(Tree), field().name)
C = make_dataclass('C', [('x', int), 'y', ('z', list, field(default_factory=list))], bases=(), namespace={'total': lambda self: self.x + self.y}, frozen=True)
print(C(1, 2), C(1, 2).total(), C.__qualname__)
@dataclass
class WithCls:
    items: 'list[int]' = field(default_factory=lambda: [1, 2])
    label: str = field(default='L', repr=False, compare=False, metadata={'unit': 'cm'})
print(WithCls(), fields(WithCls)[1].metadata, fields(WithCls)[1].metadata['unit'], WithCls() == WithCls(label='other'))
try:
    @dataclass(weakref_slot=True)
    class A: a: int
except TypeError as e: print(e)
@dataclass(slots=True)
class Base: a: int
@dataclass(slots=True, weakref_slot=True)
class D(Base): b: int
print(D.__slots__, D(1, 2), weakref.ref(D(1, 2)) is not None)
class Plain:
    __slots__ = 'x'
@dataclass(slots=True)
class E(Plain): x: int; y: int
print(E.__slots__, E(1, 2))
print(make_dataclass('W', ['q'], slots=True, weakref_slot=True).__slots__)
