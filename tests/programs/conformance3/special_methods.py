# Special-method protocols and the errors CPython gives when they misbehave.
def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")

class BadIter:
    def __iter__(self):
        return 5
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class FloatLen:
    def __len__(self):
        return 1.5
class BadBool:
    def __bool__(self):
        return 1
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
class BadHash:
    def __hash__(self):
        return "h"
class BigHash:
    def __hash__(self):
        return 2 ** 100
class BadIndex:
    def __index__(self):
        return 1.0
class Idx:
    def __index__(self):
        return 2
class IntLike:
    def __int__(self):
        return 7
class FloatLike:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        return 1
class Rounder:
    def __round__(self, n=None):
        return f"rounded {n}"
    def __trunc__(self):
        return 3
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
class BadFmt:
    def __format__(self, spec):
        return 1

attempt("iter(BadIter())", lambda: iter(BadIter()))
attempt("for over BadIter", lambda: [x for x in BadIter()])
attempt("len(BadLen())", lambda: len(BadLen()))
attempt("len(BigLen())", lambda: len(BigLen()))
attempt("len(FloatLen())", lambda: len(FloatLen()))
attempt("bool(BadLen())", lambda: bool(BadLen()))
attempt("bool(BadBool())", lambda: bool(BadBool()))
attempt("not BadBool()", lambda: not BadBool())
attempt("repr(BadRepr())", lambda: repr(BadRepr()))
attempt("str(BadRepr())", lambda: str(BadRepr()))
attempt("str(BadStr())", lambda: str(BadStr()))
attempt("print-format BadStr", lambda: f"{BadStr()}")
attempt("hash(BadHash())", lambda: hash(BadHash()))
attempt("hash(BigHash()) == hash(2**100)", lambda: hash(BigHash()) == hash(2 ** 100))
attempt("[1,2,3][BadIndex()]", lambda: [1, 2, 3][BadIndex()])
attempt("[1,2,3][Idx()]", lambda: [1, 2, 3][Idx()])
attempt("'abcd'[Idx():]", lambda: "abcd"[Idx():])
attempt("range(Idx())", lambda: list(range(Idx())))
attempt("bin(Idx())", lambda: bin(Idx()))
attempt("int(IntLike())", lambda: int(IntLike()))
attempt("float(FloatLike())", lambda: float(FloatLike()))
attempt("float(BadFloat())", lambda: float(BadFloat()))
attempt("float(Idx())", lambda: float(Idx()))
attempt("complex(FloatLike())", lambda: complex(FloatLike()))
attempt("int(FloatLike())", lambda: int(FloatLike()))
attempt("round(Rounder())", lambda: round(Rounder()))
attempt("round(Rounder(), 2)", lambda: round(Rounder(), 2))
import math
attempt("math.trunc(Rounder())", lambda: math.trunc(Rounder()))
attempt("math.floor(Rounder())", lambda: math.floor(Rounder()))
attempt("math.ceil(Rounder())", lambda: math.ceil(Rounder()))
attempt("int(Rounder())", lambda: int(Rounder()))
attempt("format(Fmt(), 'x>5')", lambda: format(Fmt(), "x>5"))
attempt("f'{Fmt():abc}'", lambda: f"{Fmt():abc}")
attempt("format(BadFmt())", lambda: format(BadFmt()))
attempt("format(object(), 'd')", lambda: format(object(), "d"))
attempt("'{:d}'.format('s')", lambda: "{:d}".format("s"))
attempt("'{0:{1}}'.format(3.14159, '.2f')", lambda: "{0:{1}}".format(3.14159, ".2f"))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
attempt("list(Seq())", lambda: list(Seq()))
attempt("20 in Seq()", lambda: 20 in Seq())
attempt("reversed(Seq())", lambda: reversed(Seq()))
class SeqLen(Seq):
    def __len__(self):
        return 3
attempt("list(reversed(SeqLen()))", lambda: list(reversed(SeqLen())))
attempt("5 in 5", lambda: 5 in 5)

class Missing(dict):
    def __missing__(self, key):
        return f"default-{key}"
m = Missing(a=1)
attempt("Missing()['b']", lambda: m["b"])
attempt("Missing().get('b')", lambda: m.get("b"))
attempt("'b' in Missing()", lambda: "b" in m)

class NoEq:
    pass
n1 = NoEq()
attempt("n1 == n1, n1 == NoEq(), n1 != n1", lambda: (n1 == n1, n1 == NoEq(), n1 != n1))
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
attempt("NotImpl() == 1", lambda: NotImpl() == 1)
attempt("NotImpl() < 1", lambda: NotImpl() < 1)
attempt("1 < NotImpl()", lambda: 1 < NotImpl())
attempt("[NotImpl()] == [NotImpl()]", lambda: [NotImpl()] == [NotImpl()])
nan = float("nan")
attempt("[nan] == [nan], nan in [nan]", lambda: ([nan] == [nan], nan in [nan], nan == nan))

class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
attempt("isinstance checks", lambda: (isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic)))

class CallMe:
    def __call__(self, *a, **k):
        return (a, k)
attempt("CallMe()(1, x=2)", lambda: CallMe()(1, x=2))
attempt("callable(CallMe()), callable(CallMe)", lambda: (callable(CallMe()), callable(CallMe), callable(1)))
attempt("NoEq()()", lambda: NoEq()())

class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("  enter")
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", et.__name__ if et else None, ev)
        return self.suppress
def use_ctx(suppress):
    with Ctx(suppress) as c:
        raise ValueError("inside")
    return "after with"
attempt("with suppress", lambda: use_ctx(True))
attempt("with no suppress", lambda: use_ctx(False))
class NoExit:
    def __enter__(self):
        return 1
def use_noexit():
    with NoExit():
        pass
attempt("with NoExit()", use_noexit)
def use_nonctx():
    with 5:
        pass
attempt("with 5", use_nonctx)

class Attrs:
    def __setattr__(self, k, v):
        print("  setattr", k, v)
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print("  delattr", k)
        super().__delattr__(k)
    def __dir__(self):
        return ["z", "a"]
o = Attrs()
o.x = 1
del o.x
attempt("dir(Attrs())", lambda: dir(o))
attempt("del missing attr", lambda: delattr(o, "nope"))
attempt("object().x = 1", lambda: setattr(object(), "x", 1))
attempt("(1).real = 2", lambda: setattr(1, "real", 2))
attempt("del (1).real", lambda: delattr(1, "real"))
attempt("int.x = 1", lambda: setattr(int, "x", 1))
attempt("type.__dict__ assign", lambda: setattr(list, "append", None))
