"""pvm's `ast` module: literal_eval only.

pvm's parser is written in TypeScript and its trees are not Python objects,
so parse, dump, walk and the node classes are not offered (an
AttributeError). literal_eval checks the syntax with compile() (CPython's
SyntaxError and messages), then reads the expression with its own scanner:
strings and bytes (adjacent ones joined), numbers, True/False/None,
tuples, lists, sets, dicts, set(), unary +/- on numbers and a real +/- an
imaginary number; anything else is the ValueError 'malformed node or
string', naming the kind of node CPython would name.
"""

__all__ = ['literal_eval']

_PUNCT = set('()[]{},:+-')
_WORDS = {'True': True, 'False': False, 'None': None}
# The node a token after a complete operand makes of it.
_TRAILING = {'[': 'Subscript', '(': 'Call', '.': 'Attribute', 'if': 'IfExp', 'and': 'BoolOp',
             'or': 'BoolOp', 'in': 'Compare', 'is': 'Compare', 'not': 'Compare', '<': 'Compare',
             '>': 'Compare', '==': 'Compare', '!=': 'Compare', '<=': 'Compare', '>=': 'Compare'}


class _Malformed(Exception):
    def __init__(self, kind, line):
        self.kind = kind
        self.line = line


def _scan(text):
    """Tokens (kind, value, line): 'str', 'num', 'name', 'op'."""
    tokens = []
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
            i += 1
        elif c in ' \t\r\f\\':
            i += 1
        elif c == '#':
            while i < n and text[i] != '\n':
                i += 1
        elif c.isalpha() or c == '_' or ord(c) > 127:
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_' or ord(text[j]) > 127):
                j += 1
            if j < n and text[j] in '\'"' and len(text[i:j]) <= 2 and set(text[i:j].lower()) <= set('rbuf'):
                j = _string_end(text, j)
                kind = 'fstr' if 'f' in text[i:j].split(text[j - 1])[0].lower() else 'str'
                tokens.append((kind, text[i:j], line))
                line += text.count('\n', i, j)
            else:
                tokens.append(('name', text[i:j], line))
            i = j
        elif c in '\'"':
            j = _string_end(text, i)
            tokens.append(('str', text[i:j], line))
            line += text.count('\n', i, j)
            i = j
        elif c.isdigit() or (c == '.' and i + 1 < n and text[i + 1].isdigit()):
            j = i
            while j < n and (text[j].isalnum() or text[j] in '._' or
                             (text[j] in '+-' and text[j - 1] in 'eE' and
                              not text[i:j].lower().startswith('0x'))):
                j += 1
            tokens.append(('num', text[i:j], line))
            i = j
        else:
            two = text[i:i + 2]
            op = two if two in ('**', '//', '==', '!=', '<=', '>=', '<<', '>>', ':=', '->') else c
            tokens.append(('op', op, line))
            i += len(op)
    return tokens


def _string_end(text, i):
    quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else text[i]
    j = i + len(quote)
    while not text.startswith(quote, j):
        j += 2 if text[j] == '\\' else 1
    return j + len(quote)


class _Reader:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self, offset=0):
        k = self.pos + offset
        return self.tokens[k] if k < len(self.tokens) else ('end', None, 0)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def fail(self, token):
        kind, value, line = token
        follow = self.peek()[1]
        if kind == 'name':
            name = {'lambda': 'Lambda', 'not': 'UnaryOp', 'await': 'Await', 'yield': 'Yield'}.get(value)
            if name is None:
                name = {'(': 'Call', '.': 'Attribute', '[': 'Subscript'}.get(follow, 'Name')
        elif kind == 'fstr':
            name = 'JoinedStr'
        elif value in ('*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^'):
            name = 'BinOp'
        elif value in ('<', '>', '==', '!=', '<=', '>=') or value in ('in', 'is'):
            name = 'Compare'
        elif value == '~':
            name = 'UnaryOp'
        else:
            name = 'Expr'
        raise _Malformed(name, line)

    def value(self):
        """An expression: a primary, or a real +/- an imaginary number."""
        line = self.peek()[2]
        value, kind = self.primary()
        op = self.peek()[1]
        if op in ('+', '-') and self.peek()[0] == 'op':
            if type(value) not in (int, float, complex) or kind not in ('Constant', 'UnaryOp'):
                raise _Malformed(kind, line)
            self.take()
            right, right_kind = self.primary()
            if right_kind != 'Constant' or type(right) not in (int, float, complex):
                raise _Malformed(right_kind, line)
            if type(value) is complex or type(right) is not complex:
                raise _Malformed('BinOp', line)
            value = value + right if op == '+' else value - right
        follow = self.peek()[1]
        if self.peek()[0] in ('op', 'name', 'fstr') and follow not in (',', ')', ']', '}', ':'):
            raise _Malformed(_TRAILING.get(follow, 'BinOp'), line)
        return value

    def primary(self):
        """One operand and the kind of node CPython's parser makes of it."""
        token = self.take()
        kind, text, line = token
        if kind == 'str':
            value = eval(text)
            while self.peek()[0] == 'str':
                value = value + eval(self.take()[1])
            return value, 'Constant'
        if kind == 'num':
            return eval(text), 'Constant'
        if kind == 'name':
            if text in _WORDS and self.peek()[1] not in ('(', '.', '['):
                return _WORDS[text], 'Constant'
            if text == 'set' and self.peek()[1] == '(' and self.peek(1)[1] == ')':
                self.pos += 2
                return set(), 'Call'
            self.fail(token)
        if text in ('+', '-') and kind == 'op':
            operand, operand_kind = self.primary()
            if operand_kind != 'Constant' or type(operand) not in (int, float, complex):
                raise _Malformed(operand_kind, line)
            return (+operand if text == '+' else -operand), 'UnaryOp'
        if text in ('(', '['):
            close = ')' if text == '(' else ']'
            items, trailing = self.sequence(close)
            if text == '[':
                return items, 'List'
            if len(items) == 1 and not trailing:
                return items[0], 'Constant'
            return tuple(items), 'Tuple'
        if text == '{':
            return self.braces()
        self.fail(token)

    def sequence(self, close):
        items = []
        trailing = False
        while self.peek()[1] != close:
            items.append(self.value())
            trailing = self.peek()[1] == ','
            if trailing:
                self.take()
        self.take()
        return items, trailing

    def braces(self):
        if self.peek()[1] == '}':
            self.take()
            return {}, 'Dict'
        first = self.value()
        if self.peek()[1] != ':':
            items = [first]
            while self.peek()[1] == ',':
                self.take()
                if self.peek()[1] == '}':
                    break
                items.append(self.value())
            self.take()
            return set(items), 'Set'
        result = {}
        key = first
        while True:
            self.take()
            result[key] = self.value()
            if self.peek()[1] == ',':
                self.take()
            if self.peek()[1] == '}':
                self.take()
                return result, 'Dict'
            key = self.value()


def literal_eval(node_or_string):
    """Evaluate a string holding a Python literal or container display."""
    if not isinstance(node_or_string, str):
        raise ValueError('malformed node or string: %r' % (node_or_string,))
    text = node_or_string.lstrip(' \t')
    compile(text, '<unknown>', 'eval')
    reader = _Reader(_scan(text))
    try:
        value = reader.value()
        if reader.peek()[1] != ',':
            return value
        items = [value]
        while reader.take()[1] == ',' and reader.peek()[0] != 'end':
            items.append(reader.value())
        return tuple(items)
    except _Malformed as problem:
        raise ValueError('malformed node or string on line %d: <ast.%s object at 0x%x>'
                         % (problem.line, problem.kind, id(problem))) from None
