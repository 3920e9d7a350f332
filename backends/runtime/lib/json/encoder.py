"""pvm's `json.encoder`: JSONEncoder, written for pvm.

Output, separators, indentation, key handling and error messages follow
CPython's encoder (including the short NaN message of its one-shot C path).
"""

__all__ = ['JSONEncoder']

_INF = float('inf')

# str.translate tables for the two escaping modes
_ESCAPE_CONTROL = {ord('"'): '\\"', ord('\\'): '\\\\'}
for _code in range(0x20):
    _ESCAPE_CONTROL[_code] = '\\u%04x' % _code
_ESCAPE_CONTROL[ord('\b')] = '\\b'
_ESCAPE_CONTROL[ord('\f')] = '\\f'
_ESCAPE_CONTROL[ord('\n')] = '\\n'
_ESCAPE_CONTROL[ord('\r')] = '\\r'
_ESCAPE_CONTROL[ord('\t')] = '\\t'
_ESCAPE_ASCII = dict(_ESCAPE_CONTROL)
_ESCAPE_ASCII[0x7f] = '\\u007f'
del _code


def _quote_keeping_unicode(s):
    return '"' + s.translate(_ESCAPE_CONTROL) + '"'


def _quote_ascii(s):
    if s.isascii():
        return '"' + s.translate(_ESCAPE_ASCII) + '"'
    pieces = ['"']
    for ch in s:
        code = ord(ch)
        if code < 0x7f:
            pieces.append(_ESCAPE_ASCII.get(code, ch))
        elif code <= 0xffff:
            pieces.append('\\u%04x' % code)
        else:
            code -= 0x10000
            pieces.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
    pieces.append('"')
    return ''.join(pieces)


class JSONEncoder:
    """Turns Python values into JSON text.

    dict -> object, list and tuple -> array, str -> string, int and float
    (and their subclasses) -> number, True/False/None -> true/false/null.
    Other objects go through default(), which subclasses may override to
    return something serializable (the base version raises TypeError).
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects with no JSON form; override to convert them."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o`, as one str."""
        if isinstance(o, str):
            return self._quote(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def _quote(self, s):
        if self.ensure_ascii:
            return _quote_ascii(s)
        return _quote_keeping_unicode(s)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o`, produced piece by piece."""
        step = self.indent
        if step is not None and not isinstance(step, str):
            step = ' ' * step
        return _Writer(self, step, _one_shot and self.indent is None).pieces(o, 0)


class _Writer:
    """One encoding pass with an encoder's settings."""

    def __init__(self, encoder, step, short_nan_message):
        self.encoder = encoder
        self.step = step
        self.short_nan_message = short_nan_message
        self.quote = encoder._quote
        self.seen = {} if encoder.check_circular else None

    def number(self, x):
        if x != x:
            word = 'NaN'
        elif x == _INF:
            word = 'Infinity'
        elif x == -_INF:
            word = '-Infinity'
        else:
            return float.__repr__(x)
        if not self.encoder.allow_nan:
            message = 'Out of range float values are not JSON compliant'
            if not self.short_nan_message:
                message += ': ' + repr(x)
            raise ValueError(message)
        return word

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for other objects."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def enter(self, o):
        if self.seen is not None:
            key = id(o)
            if key in self.seen:
                raise ValueError("Circular reference detected")
            self.seen[key] = o

    def leave(self, o):
        if self.seen is not None:
            del self.seen[id(o)]

    def pieces(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.pieces(self.encoder.default(o), level)
            self.leave(o)

    def _layout(self, level):
        """(text after the opening bracket, between items, before the closing one)."""
        sep = self.encoder.item_separator
        if self.step is None:
            return '', sep, ''
        inner = '\n' + self.step * (level + 1)
        return inner, sep + inner, '\n' + self.step * level

    def array(self, items, level):
        # Chunk boundaries as CPython's pure-Python encoder yields them (json.dump
        # writes each chunk): a scalar item comes with the text before it.
        if not items:
            yield '[]'
            return
        self.enter(items)
        opening, between, closing = self._layout(level)
        before = '[' + opening
        for item in items:
            text = self.scalar(item)
            if text is not None:
                yield before + text
            else:
                yield before
                yield from self.pieces(item, level + 1)
            before = between
        if closing:
            yield closing
        yield ']'
        self.leave(items)

    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.number(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, mapping, level):
        if not mapping:
            yield '{}'
            return
        self.enter(mapping)
        opening, between, closing = self._layout(level)
        colon = self.encoder.key_separator
        entries = mapping.items()
        if self.encoder.sort_keys:
            entries = sorted(entries)
        yield '{'
        if opening:
            yield opening
        first = True
        for key, item in entries:
            name = self._key_text(key)
            if name is None:
                continue
            if not first:
                yield between
            first = False
            yield self.quote(name)
            yield colon
            yield from self.pieces(item, level + 1)
        if closing:
            yield closing
        yield '}'
        self.leave(mapping)
