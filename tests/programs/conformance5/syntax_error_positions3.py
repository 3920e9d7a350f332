# SyntaxError positions CPython reports for sources ending early (a
# decorator with nothing after it, an unexpected unindent at the end) and
# an f-string used as a match pattern.
sources = [
    '@x\n', '@x', '@x\n\n', '@x\n@y\n', '@x\n# comment\n', 'x = 1\n@x\n', '@x  \n',
    'class C:\n    @d\n', 'class C:\n    @d\n    \n', 'if x:\n    @d\n',
    'async\n', 'x = 1\nasync\n', 'if x:\n    async\n',
    'match x:\n    case f"x": pass', 'match x:\n    case -1j: pass', 'match x:\n    case 1 + 2j: pass',
    'match x:\n    case "a" "b": pass', 'match x:\n    case {f"k": 1}: pass',
]
for source in sources:
    try:
        compile(source, '<t>', 'exec')
        print('OK ', repr(source))
    except SyntaxError as e:
        print('ERR', repr(source), '->', type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
# Errors of the symbol table and compiler carry no source line for a string
# compiled under a made-up file name (CPython reads the line back from the file).
for source in ['return', 'def f():\n    nonlocal q', 'def f(a, a): pass', 'f(x=1, x=2)',
               'match x:\n    case a | b: pass', 'x = 1\nclass C:\n    continue', "'a' 'b' = 1"]:
    try:
        compile(source, '<t>', 'exec')
    except SyntaxError as e:
        print(repr(source), '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
