# Compile-time warnings: SyntaxWarning for `is` with a literal, "perhaps you
# missed a comma?" and `assert (x, msg)`; DeprecationWarning for invalid
# escapes; where they show (main file, imported module, compile/exec/eval)
# and what the warnings filters do with them.
import warnings

x = 5
print(x is 5, x is not "a", x is None, x is (), x is -1, x is ...)
if x is 1 < 2 is x:
    print("chained")
while x is 6:
    pass
s = "\d"
print(s, len(s))
assert (x, "never fails")
try:
    x = 1
finally:
    y = x is 1.5
print(y)

import _warned_module
print(_warned_module.SAME, _warned_module.PATTERN)


def record(source, mode="exec", filename="snippet.py"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, filename, mode)
    for w in caught:
        print(f"  {w.category.__name__} line {w.lineno} in {w.filename}: {w.message}")


record('a = "\\q"; b = b"\\w"; c = "\\400"; d = "\\d\\e"')
record('f"\\d{1}\\e{2:\\p}"')
record('"\\é"')
record('x = 0in[1]\ny = 1if x else 2\nz = [0x1for x in y]\nw = 1.5or 2\nv = 1jif x else 0')
record('(1, 2)(3)\n[1, 2](0)\n"abc"(1)\nNone()\n(i for i in ())()\nf"{x}"()\n{1: 2}(3)')
record('None[1]\nTrue[0]\n{1}[0]\n(lambda: 1)[0]\n(i for i in ())[0]')
record('(1, 2)["a"]\n[1][None]\n"ab"[1.5]\nf"a"[()]\nb"x"[[1]]\n[i for i in x][{}]')
record('[1][0]\n"a"[1:2]\n(1,)[True]\nx[1, 2]\n{}["a"]')
record('assert (1, 2)\nassert ()\nassert (x,)')
record('x is 1\nx is not (1, 2)\n1 is x\nx is -1\nx is 1 + 2\nx is None is True')
record('1 is 2', mode="eval", filename="<expr>")
record('def f():\n    return x is "s"\nclass C:\n    y = 3 is x\nlambda: x is 4')
record('try:\n    pass\nfinally:\n    x is 2')
record('for i in x:\n    if i is 7:\n        break')

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ['x is 1', '"\\d"', '(1, 2)(3)']:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.filename, e.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec('print("quiet", 1 is 1, "\\d")')

print(eval("2 is 2"))
exec('z = "z" is "z"')
print("done")
