# More invalid sources: assignment targets (CPython's '==' hint only for bitwise_or operands), dict unpacking in comprehensions, scoping statements
srcs = [
 'def f():\n    return\n  x = 1', 'if True:\n\tx = 1\n        y = 2', 'x = [1, 2,\n     3', 'print(1))', 'x = {', 'f(a for a in b for)', 'def f(a, *, ): pass', 'def f(*, **k): pass',
 'class A(metaclass=M, x): pass', 'x = 1 +', 'import', 'from x import', 'from x import a,', 'x.1', 'x = 5 6', '1 = x', '"a" = x', 'x() += 1', '[a, b] += 1',
 'for x in range(3):\nbreak', 'def f():\n    yield\n    return 1\nasync def g():\n    yield 1\n    return 2', 'async def g():\n    [x async for x in y]\n', 'def g():\n    [x async for x in y]\n',
 'lambda x: (yield x)', 'x = (yield)', 'class A:\n    yield 1', 'def f():\n    x = 1\n    def g():\n        nonlocal y', 'def f(x):\n    global x', 'def f():\n    x = 1\n    global x',
 'global x\nx = 1\nglobal x', 'def f():\n    print(x)\n    global x', 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass', 'x = 1\n  y = 2', 'if x:\n    pass\n  else:\n    pass',
 'a = 1 if b', 'a = (1 if b else)', 'print(f"{x!}")', 'print(f"{x:{y:{z:{w}}}}")', "'''unterminated", 'x = "abc\ndef"', 'b"\\u1234" + "é"', 'x = 1e1000j', 'x = 0o8', 'x = 0b', 'x = 1.2.3',
 'def f(x=1, /, y): pass', 'def f(a, /, a): pass', 'f(x=1, *y, **z, w)', 'f(**x, y)', 'f(*x, y=1, *z)', 'x = *a', 'print(*a if b else c)', 'x = [*a for a in b]', '{**a for a in b}',
 'del x + 1', 'del (x, y + 1)', 'with a as b + 1: pass', 'for a, b + 1 in c: pass', 'import a as b.c', 'assert (x, "msg")', 'x is 1', '1 is not x', '"a" is "a"',
 'nonlocal x\n', 'return\n', 'async with x: pass', 'async for x in y: pass', 'def f():\n    async with x: pass', 'await', 'x = await y',
 '(x for x in y) = 1', '{a: b} = c', 'x if y else z = 1', 'x and y = 1', 'not x = 1', '-x = 1', 'x[1:2] = 3', 'x.y = 1', '(a) = 1', '((a)) += 1',
]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['(x and y) = 1', '(not x) = 1', 'a < b = 1', '(a < b) = 1', 'lambda: 1 = 1', 'f(x and y = 1)', 'if x and y = 1: pass', 'if (x and y) = 1: pass', 'if x < y = 1: pass', 'if not x = 1: pass', '[x and y = 1]', 'print(x if y else z = 3)']:
  try: compile(s, '<s>', 'exec')
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['{**a for a in b}', '{**a async for a in b}', '{**a, **b for a in b}', '{1: 2, **a for a in b}', '{**a for a in b if a}']:
  try: compile(s, '<s>', 'exec')
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
