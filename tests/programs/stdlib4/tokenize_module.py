import token
print({k: v for k, v in vars(token).items() if isinstance(v, int) and k.isupper()})
print(token.EXACT_TOKEN_TYPES == {k: token.EXACT_TOKEN_TYPES[k] for k in sorted(token.EXACT_TOKEN_TYPES)}, sorted(token.EXACT_TOKEN_TYPES.items()))
print(token.__all__, token.tok_name[54], token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0))
import io, tokenize, token
SRC = '''# header comment
def f(a, b=1.5e3, *c, **d) -> int:
    """doc
    string"""
    x = [1, 2,
         3]  # trailing
    if a != b and x[0] >= 0x1F:
\ty = 'it\\'s' + rb"raw" + f"{a!r:>10}"
    return a ** 2 // 3 @ b
s = 'con\\
tinued'
z = 1_000 + 0o17 + 0b101 + 3j + .5 + 1.e5 + 07 + 1if 1 else 2
w = a \\
    + $b ? 1
class C: pass

'''
for tok in tokenize.generate_tokens(io.StringIO(SRC).readline):
    print(tok, token.tok_name[tok.exact_type])
toks = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n").readline))
print(toks[0], toks[-3:])
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfprint(1)\n').readline))
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(SRC).readline)) == SRC)
print(repr(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("if x:\n    y = 1\n").readline)])))
for bad in ('x = (1,\n', 's = """abc\n', '  x\n y\n'):
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
print(list(tokenize.generate_tokens(io.StringIO("a=1").readline))[-3:])
import io, tokenize
cases = ["x = 'abc\n", "a = ...; b := 1 -> c!d`e\n", "n = 1e + 0x + 1__0 + 0_0 + 00 + 0_1 + 1.5j + 1e-3J + 5.real\n",
         "café = ñ + 1\r\nnext\r\n", "\tif x:\n\t\t\fy\n", "", "# only\n# comments", "x = \\\n", "s = u'x' + Rb'y' + BR'''z'''\n",
         "t = f'{x}' f\"{y!r}\"\n", 'q = "a\\"b" \'c\'\n', "def f():\n    pass\n  # dedent comment\n\nx\n", "x = [\n  1,\n  # c\n]\n",
         "print(1)  ", "if 1:\n  x\n   \n", "0777", "1.__class__", "a.b.c", "r'\\''", "'''unterminated\nline2"]
for src in cases:
    print("==", repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(" ", tokenize.tok_name[t.type], repr(t.string), t.start, t.end)
    except Exception as e:
        print(" ", type(e).__name__, e.args)
