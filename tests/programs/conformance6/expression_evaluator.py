# An expression evaluator: a regex tokenizer, a recursive-descent parser, custom exceptions carrying positions.
# expression evaluator with tokenizer and recursive-descent parser
import re, operator as op
TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(\*\*|//|[-+*/%()^,])|([A-Za-z_]\w*))')
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at {pos}')
        self.pos = pos
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos: raise ParseError(f'bad char {s[pos]!r}', pos)
        num, sym, name = m.groups()
        out.append(('num', float(num) if '.' in num else int(num)) if num else ('op', sym) if sym else ('name', name))
        pos = m.end()
    return out
class Parser:
    FUNCS = {'max': max, 'min': min, 'abs': abs, 'pow': pow}
    def __init__(self, toks, env): self.t, self.i, self.env = toks, 0, env
    def peek(self): return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self, v=None):
        k, x = self.peek()
        if v is not None and x != v: raise ParseError(f'expected {v!r} got {x!r}', self.i)
        self.i += 1; return x
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            v = (op.add if self.take() == '+' else op.sub)(v, self.term())
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/', '//', '%'):
            o = self.take(); r = self.factor()
            v = {'*': op.mul, '/': op.truediv, '//': op.floordiv, '%': op.mod}[o](v, r)
        return v
    def factor(self):
        if self.peek()[1] == '-': self.take(); return -self.factor()
        b = self.atom()
        if self.peek()[1] in ('**', '^'): self.take(); return b ** self.factor()
        return b
    def atom(self):
        k, x = self.peek()
        if k == 'num': self.take(); return x
        if k == 'name':
            self.take()
            if self.peek()[1] == '(':
                self.take('('); args = [self.expr()]
                while self.peek()[1] == ',': self.take(); args.append(self.expr())
                self.take(')'); return self.FUNCS[x](*args)
            return self.env[x]
        if x == '(':
            self.take(); v = self.expr(); self.take(')'); return v
        raise ParseError(f'unexpected {x!r}', self.i)
def evaluate(s, **env):
    p = Parser(tokenize(s), env); v = p.expr()
    if p.i != len(p.t): raise ParseError('trailing input', p.i)
    return v
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ^ 2', '7 // 2 + 7 % 3', '10 / 4', 'max(1, x, 3) * y', 'abs(-5.5) + pow(2, 10)',
          '1 +', '2 * (3', '4 $ 4', 'z + 1', '1 / 0', '3 3', 'min()', '2 ** -1', '1.5 * 4', '((((7))))']:
    try: print(f'{e!r:28} = {evaluate(e, x=5, y=2)!r}')
    except ParseError as ex: print(f'{e!r:28} ParseError: {ex} (pos {ex.pos})')
    except (KeyError, ZeroDivisionError, TypeError) as ex: print(f'{e!r:28} {type(ex).__name__}: {ex}')
