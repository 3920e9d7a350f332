# compile() of many invalid sources: exception type, message and the full location CPython reports
srcs = [
 'x = ', 'def f(:', 'return 5', 'yield 5', 'break', 'continue', 'class A: return', 'f(x for x in y, 1)', 'f(**a, *b)', 'f(a=1, a=2)',
 'def f(a, a): pass', 'nonlocal x', 'def f():\n  x = 1\n  nonlocal x', 'def f():\n  global x\n  x: int', 'a + 1 = 2', 'f() = 1', 'del f()', '(a, b) += 1',
 'x = yield = 1', 'lambda: (yield)', 'print "hi"', 'exec "x"', 'if x = 1: pass', 'x := 1', '[x := 1 for x in y]', 'def f(*): pass', 'def f(**k, a): pass',
 'def f(a=1, b): pass', 'import a.b as', 'from . import *', 'from x import (a, b', "f'{}'", "f'{a b}'", "f'{a!z}'", "f'}'", '1 +* 2', 'a b', 'if True:\npass', ' x = 1',
 'if 1:\n  a\n b', 'x = (1, 2', "'abc", '"""abc', '0777', '1__0', '1_', '0b2', '0xg', '1e', '09.5j' , 'else: pass', 'try:\n  pass', 'for x in 1, 2: pass\nelse if: pass',
 'with a as b, : pass', 'async x', 'await x', 'def f(): await x', 'async def f(): yield from x', 'class C(x for x in y): pass', '*a = 1', 'a, *b, *c = d', 'del *a',
 'x = {1: 2, 3}', 'x = {**a: 1}', 'True = 1', 'None += 1', '__debug__ = 1', 'def f(None): pass', 'f(True=1)', 'match x:\n case 1 + 1: pass', 'match x:\n case a | b: pass',
 'match x:\n case {**a, **b}: pass', 'match x:\n case [*a, *b]: pass', 'match x:\n case a:\n  pass\n case 1: pass', 'x = 1 if 2', 'pass\n  pass', 'a = 1; ; b = 2', '@\ndef f(): pass',
 'def f[T](): pass', 'type X = int', 'x = `1`', 'x <> 1', '$', 'a = b = c += 1', 'for 1 in x: pass', 'with 1 as 2: pass', 'import 1', 'raise from x', 'assert', 'global 1',
 "'\\N{NOPE}'", "b'é'", "'\\x1'", "u'a' b'b'", "f'{x:{y:{z}}}'", "f'{'", "f'{x!}'", "f'{=}'", 'try:\n  pass\nexcept* (A, B):\n  break',
]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# Errors at the end of the input sit after the last line's text, with end_offset -1.
for s in ['try:\n  pass', 'try:\n  pass\n', 'if 1:\n  try:\n    pass\n', 'try:\n  pass\n\n\n', 'if x:', 'if x:\n\n',
          'class A:\n    def f(self):\n', 'for x in y:\n# comment\n', 'while True:\n    x = 1\n    if x:\n']:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ['match x:\n case (1, *a, 2, *_): pass', 'match x:\n case {"k": [*_, *_]}: pass', 'match x:\n case [1, [*a, *b]] | [*c]: pass',
          "f'{!r}'", "f'{:x}'", "f'{ =}'", "f'{ !r}'", "f'{}'", "f'{ }'", "f'{=!r}'"]:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
