"""pvm's `json.decoder`: JSONDecoder and JSONDecodeError, written for pvm.

A recursive-descent reader over the str, with CPython's error messages and
error positions (those of its C scanner, which CPython uses by default).
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_SPACE = ' \t\n\r'
_HEXDIGITS = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_NAMED_FLOATS = {'NaN': float('nan'), 'Infinity': float('inf'),
                 '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """A document that is not valid JSON.

    msg: what is wrong; doc: the document; pos: where (an index into doc);
    lineno and colno: the same place counted in lines and columns from 1.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, column, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    """Internal: no JSON value starts at self.pos."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip_space(text, pos):
    n = len(text)
    while pos < n and text[pos] in _SPACE:
        pos += 1
    return pos


def _hex4(text, at):
    """The code point spelled by the 4 hex digits after the 'u' at text[at]."""
    if at + 5 >= len(text):
        raise JSONDecodeError("Invalid \\uXXXX escape", text, at)
    digits = text[at + 1:at + 5]
    for d in digits:
        if d not in _HEXDIGITS:
            raise JSONDecodeError("Invalid \\uXXXX escape", text, at)
    return int(digits, 16)


def _read_string(text, pos, strict):
    """Decode the string whose opening quote is at pos - 1; (str, end)."""
    opening = pos - 1
    n = len(text)
    out = []
    run_start = pos
    while True:
        if pos >= n:
            raise JSONDecodeError("Unterminated string starting at", text, opening)
        ch = text[pos]
        if ch == '"':
            out.append(text[run_start:pos])
            return ''.join(out), pos + 1
        if ch == '\\':
            out.append(text[run_start:pos])
            if pos + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", text, opening)
            kind = text[pos + 1]
            if kind == 'u':
                code = _hex4(text, pos + 1)
                pos += 6
                if 0xd800 <= code <= 0xdbff and text[pos:pos + 2] == '\\u':
                    low = _hex4(text, pos + 1)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        pos += 6
                out.append(chr(code))
            elif kind in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[kind])
                pos += 2
            else:
                raise JSONDecodeError("Invalid \\escape", text, pos)
            run_start = pos
            continue
        if strict and ch < ' ':
            raise JSONDecodeError("Invalid control character at", text, pos)
        pos += 1


class _Reader:
    """One decoding pass with a decoder's hooks."""

    def __init__(self, decoder, text):
        self.text = text
        self.strict = decoder.strict
        self.make_float = decoder.parse_float
        self.make_int = decoder.parse_int
        self.make_constant = decoder.parse_constant
        self.pairs_hook = decoder.object_pairs_hook
        self.dict_hook = decoder.object_hook

    def value(self, pos):
        """Decode the value starting at pos: (value, end) or raise _NoValue."""
        text = self.text
        if pos >= len(text):
            raise _NoValue(pos)
        ch = text[pos]
        if ch == '"':
            return _read_string(text, pos + 1, self.strict)
        if ch == '{':
            return self.object(pos + 1)
        if ch == '[':
            return self.array(pos + 1)
        if ch == 'n' and text.startswith('null', pos):
            return None, pos + 4
        if ch == 't' and text.startswith('true', pos):
            return True, pos + 4
        if ch == 'f' and text.startswith('false', pos):
            return False, pos + 5
        if ch == 'N' and text.startswith('NaN', pos):
            return self.make_constant('NaN'), pos + 3
        if ch == 'I' and text.startswith('Infinity', pos):
            return self.make_constant('Infinity'), pos + 8
        if ch == '-' and text.startswith('-Infinity', pos):
            return self.make_constant('-Infinity'), pos + 9
        return self.number(pos)

    def number(self, start):
        text = self.text
        n = len(text)
        pos = start
        if pos < n and text[pos] == '-':
            pos += 1
        if pos < n and text[pos] == '0':
            pos += 1
        elif pos < n and '1' <= text[pos] <= '9':
            pos += 1
            while pos < n and text[pos] in _DIGITS:
                pos += 1
        else:
            raise _NoValue(start)
        is_float = False
        if pos + 1 < n and text[pos] == '.' and text[pos + 1] in _DIGITS:
            pos += 2
            while pos < n and text[pos] in _DIGITS:
                pos += 1
            is_float = True
        if pos < n and text[pos] in 'eE':
            probe = pos + 1
            if probe < n and text[probe] in '+-':
                probe += 1
            if probe < n and text[probe] in _DIGITS:
                while probe < n and text[probe] in _DIGITS:
                    probe += 1
                pos = probe
                is_float = True
        literal = text[start:pos]
        if is_float:
            return self.make_float(literal), pos
        return self.make_int(literal), pos

    def _member_value(self, pos):
        try:
            return self.value(pos)
        except _NoValue as missing:
            raise JSONDecodeError("Expecting value", self.text, missing.pos) from None

    def object(self, pos):
        text = self.text
        n = len(text)
        pairs = []
        pos = _skip_space(text, pos)
        if pos >= n or text[pos] != '}':
            while pos < n:
                if text[pos] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", text, pos)
                key, pos = _read_string(text, pos + 1, self.strict)
                pos = _skip_space(text, pos)
                if pos >= n or text[pos] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", text, pos)
                pos = _skip_space(text, pos + 1)
                item, pos = self._member_value(pos)
                pairs.append((key, item))
                pos = _skip_space(text, pos)
                if pos < n and text[pos] == '}':
                    break
                if pos >= n or text[pos] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", text, pos)
                pos = _skip_space(text, pos + 1)
            if pos >= n or text[pos] != '}':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, pos)
        pos += 1
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs), pos
        made = dict(pairs)
        if self.dict_hook is not None:
            made = self.dict_hook(made)
        return made, pos

    def array(self, pos):
        text = self.text
        n = len(text)
        items = []
        pos = _skip_space(text, pos)
        if pos < n and text[pos] != ']':
            while pos < n:
                item, pos = self._member_value(pos)
                items.append(item)
                pos = _skip_space(text, pos)
                if pos < n and text[pos] == ']':
                    break
                if pos >= n or text[pos] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", text, pos)
                pos = _skip_space(text, pos + 1)
        if pos >= n or text[pos] != ']':
            raise JSONDecodeError("Expecting value", text, pos)
        return items, pos + 1


class JSONDecoder:
    """Turns JSON text into Python objects.

    objects become dicts (or what object_pairs_hook / object_hook make),
    arrays lists, strings str, numbers int or float (or what parse_int /
    parse_float make), true/false/null True/False/None, and NaN, Infinity
    and -Infinity floats (or what parse_constant makes).  With strict=False,
    control characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _NAMED_FLOATS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document `s` (a str)."""
        value, end = self.raw_decode(s, _skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode one value at s[idx:]; returns (value, index after it)."""
        try:
            return _Reader(self, s).value(idx)
        except _NoValue as missing:
            raise JSONDecodeError("Expecting value", s, missing.pos) from None
