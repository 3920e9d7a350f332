# SyntaxError messages for invalid assignment targets: only a lone first target gets the "Maybe you meant '=='" hint.
sources = ['1 = 2', 'x = 1 = 2', 'x = y = 1 = 2', 'f() = 1', 'x = f() = 1', 'x = a + b = 1', '(1) = 2',
           'x = (1) = 2', 'a.b = 1 = 2', '1 = 2 = 3', '1 = x = 2', 'f() = yield', '(yield) = 1', 'x = (yield) = 1',
           'x = yield = 1', 'a + b = 1', '1 = lambda: 0', '1 = not x', '1 = *a, b', 'x = -1 = 2', 'None = 1',
           'x = None = 1', '[a, 1] = 2', 'x = [a, 1] = 2', '(a, b()) = c', 'x = {} = 1', 'for 1 in x: pass',
           'with a as 1: pass', '1 += 2', 'x = y += 1', 'del 1', 'del (a, f())', '"s" = 1', 'x = f"{a}" = 1', '... = 1']
for s in sources:
    try:
        compile(s, '<t>', 'exec')
        print(repr(s), 'compiles')
    except SyntaxError as e:
        print(repr(s), '->', e.msg, e.offset, e.end_offset)
