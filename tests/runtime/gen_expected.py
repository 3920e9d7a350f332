"""Generates tests/runtime/expected.json: CPython 3.11's answers for the object
model's unit tests (argument binding, C3 MRO, exception str/repr, operator
error messages), and programs/NAME.expected.txt: each program's stdout.
Run: python3 tests/runtime/gen_expected.py
"""
import json
import os
import subprocess
import sys

# ---- argument binding: (parameter list, call arguments) -> bound locals or TypeError message
SIGNATURES = [
    "a, b",
    "a, b=2",
    "a, b=2, *args, c, d=4, **kw",
    "a, /, b",
    "a, /, b, **kw",
    "*, k",
    "",
    "a, b, c",
    "*args",
    "**kw",
    "a, *, k=1",
]
CALLS = [
    "",
    "1",
    "1, 2",
    "1, 2, 3",
    "1, 2, 3, 4",
    "a=1",
    "1, a=2",
    "1, b=2",
    "1, 2, b=3",
    "1, c=3",
    "1, k=2",
    "k=1",
    "a=1, b=2",
    "1, 2, c=3, z=4",
    "1, 2, 3, k=5",
    "z=1",
]


def bind_case(params, call):
    src = f"def f({params}):\n    return dict(locals())\n"
    ns = {}
    exec(src, ns)
    try:
        bound = eval(f"f({call})", ns)
        return {"ok": {k: repr(v) for k, v in bound.items()}}
    except TypeError as e:
        return {"error": str(e)}


binding = [
    {"params": p, "call": c, "result": bind_case(p, c)} for p in SIGNATURES for c in CALLS
]

# ---- C3 linearization: hierarchies given as (name, bases) in definition order
HIERARCHIES = [
    [("A", []), ("B", ["A"]), ("C", ["A"]), ("D", ["B", "C"])],
    [("A", []), ("B", ["A"]), ("E", ["A", "B"])],
    [("O", []), ("X", ["O"]), ("Y", ["O"]), ("P", ["X", "Y"]), ("Q", ["Y", "X"]), ("Z", ["P", "Q"])],
    [("K1", []), ("K2", []), ("K3", []), ("D1", ["K1", "K2"]), ("D2", ["K2", "K3"]), ("Z", ["D1", "D2"])],
    [("A", []), ("B", []), ("C", ["A", "B"]), ("D", ["B", "A"]), ("E", ["C", "D"])],
]


def mro_case(h):
    made = {}
    for name, bases in h:
        try:
            made[name] = type(name, tuple(made[b] for b in bases), {})
        except TypeError as e:
            return {"error": str(e), "at": name}
    last = h[-1][0]
    return {"mro": [c.__name__ for c in made[last].__mro__]}


mro = [{"classes": h, "result": mro_case(h)} for h in HIERARCHIES]

# ---- exceptions: constructor call -> str, repr and selected attributes
EXCEPTIONS = [
    "ValueError()",
    "ValueError('x')",
    "ValueError(1, 2)",
    "KeyError('k')",
    "KeyError()",
    "KeyError(1, 2)",
    "IndexError('list index out of range')",
    "OSError(2, 'No such file or directory')",
    "OSError(2, 'No such file or directory', 'x.txt')",
    "OSError('plain')",
    "StopIteration()",
    "StopIteration(5)",
    "SystemExit()",
    "SystemExit(3)",
    "ImportError('no module', name='m')",
    "ModuleNotFoundError(\"No module named 'zz'\", name='zz')",
    "AttributeError('nope', name='x')",
    "SyntaxError('bad', ('f.py', 3, 4, 'x = ', 3, 5))",
    "ExceptionGroup('eg', [ValueError(1), TypeError()])",
    "RuntimeError('a', 'b', 'c')",
    "Exception(None)",
    "Exception('')",
]
ATTRS = ["args", "value", "code", "errno", "strerror", "filename", "name", "msg", "lineno", "offset", "message"]


def exc_case(expr):
    e = eval(expr)
    attrs = {}
    for a in ATTRS:
        if hasattr(e, a):
            attrs[a] = repr(getattr(e, a))
    return {"type": type(e).__name__, "str": str(e), "repr": repr(e), "attrs": attrs}


exceptions = [{"expr": x, "result": exc_case(x)} for x in EXCEPTIONS]

# ---- operators between values of different types: result repr or TypeError message
VALUES = {
    "int": "3",
    "bigint": "2**70",
    "bool": "True",
    "float": "1.5",
    "str": "'ab'",
    "none": "None",
    "list": "[1]",
    "tuple": "(1,)",
}
OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", "==", "!=", ">", ">="]


def op_case(a, op, b):
    try:
        return {"ok": repr(eval(f"({a}) {op} ({b})"))}
    except (TypeError, ZeroDivisionError, ValueError, OverflowError) as e:
        return {"error": f"{type(e).__name__}: {e}"}


operators = [
    {"a": ka, "op": op, "b": kb, "result": op_case(va, op, vb)}
    for ka, va in VALUES.items()
    for kb, vb in VALUES.items()
    for op in OPERATORS
    # Skip the huge ones: a bigint exponent or shift count, or a sequence repeated 2**70 times.
    if not (kb == "bigint" and op in ("*", "**", "<<"))
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.json"), "w") as f:
    json.dump(
        {"binding": binding, "mro": mro, "exceptions": exceptions, "operators": operators},
        f,
        indent=1,
        sort_keys=True,
    )
    f.write("\n")

programs = os.path.join(here, "programs")
for name in sorted(os.listdir(programs)):
    if name.endswith(".py"):
        out = subprocess.run(
            [sys.executable, name], cwd=programs, capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        ).stdout
        with open(os.path.join(programs, name[:-3] + ".expected.txt"), "w") as f:
            f.write(out)
