"""pvm's pprint: pretty-printing of Python data structures (3.11 behaviour).

An object whose repr fits in the remaining width is written as that repr;
otherwise containers are broken one element per line (or packed, with
compact=True), strings and bytes are split into adjacent literals, and the
collections/dataclasses/SimpleNamespace types get their constructor forms.
Reprs are built here, recursively, so depth limits ('[...]'), recursion
markers and sorted dict keys apply at every level.
"""
import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed form of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object), protected against recursive data structures."""
    return PrettyPrinter()._repr_info(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object could be read back by eval()."""
    return PrettyPrinter()._repr_info(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._repr_info(object, {}, None, 0)[2]


class _Sink:
    """A write-only stream collecting pieces (cheaper than a StringIO)."""

    __slots__ = ('write',)

    def __init__(self, pieces):
        self.write = pieces.append


class _Ordered:
    """Sort key that orders values of mutually unorderable types by type name
    and identity instead of failing."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return (str(type(self.value)), id(self.value)) < (str(type(other.value)), id(other.value))


def _item_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _recursion_marker(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _words(line):
    """line cut after each run of whitespace: each piece is non-space
    characters followed by the spaces after them."""
    pieces = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        pieces.append(line[i:j])
        i = j
    return pieces


_PLAIN_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    """Pretty-printer with fixed settings: indent per nesting level, target
    width, maximal depth, compact packing of sequences, dict key sorting and
    underscores in ints."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        pieces = []
        self._format(object, _Sink(pieces), 0, 0, {}, 0)
        return ''.join(pieces)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return self._repr_info(object, context, maxlevels, level)

    # ---- layout ----------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at column indent, leaving allowance columns free after
        it on its last line (for the closing brackets that follow)."""
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            writer = self._writer_for(object)
            if writer is not None:
                context[key] = 1
                writer(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _writer_for(self, object):
        writer = _WRITERS.get(type(object).__repr__)
        if writer is not None:
            return writer
        if _is_dataclass_instance(object):
            return PrettyPrinter._write_dataclass
        return None

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _write_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_item_key) if self._sort_dicts else object.items()
            self._write_pairs(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _write_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _write_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._write_sequence(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _write_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._write_sequence(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _write_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(type(object).__name__ + '({')
            close = '})'
            indent += len(type(object).__name__) + 1
        members = sorted(object, key=_Ordered)
        self._write_sequence(members, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _write_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        pieces = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        for index, line in enumerate(lines):
            last_line = index == len(lines) - 1
            literal = repr(line)
            line_room = room - allowance if last_line else room
            if len(literal) <= line_room:
                pieces.append(literal)
                continue
            words = _words(line)
            current = ''
            for w_index, word in enumerate(words):
                limit = room - allowance if last_line and w_index == len(words) - 1 else room
                candidate = current + word
                if len(repr(candidate)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(repr(object))
            return
        if level == 1:
            stream.write('(')
        for index, piece in enumerate(pieces):
            if index:
                stream.write('\n' + ' ' * indent)
            stream.write(piece)
        if level == 1:
            stream.write(')')

    def _write_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            stream.write('(')
        room = self._width - indent
        last_start = len(object) // 4 * 4
        current = b''
        first = True
        for start in range(0, len(object), 4):
            chunk = object[start:start + 4]
            candidate = current + chunk
            if start == last_start:
                room -= allowance
            if len(repr(candidate)) > room:
                if current:
                    stream.write(repr(current) if first else '\n' + ' ' * indent + repr(current))
                    first = False
                current = chunk
            else:
                current = candidate
        if current:
            stream.write(repr(current) if first else '\n' + ' ' * indent + repr(current))
        if wrap:
            stream.write(')')

    def _write_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._write_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _write_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _write_namespace(self, object, stream, indent, allowance, context, level):
        import types
        name = 'namespace' if type(object) is types.SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._write_keywords(object.__dict__.items(), stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _write_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._write_keywords(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _write_defaultdict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._write_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _write_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._write_pairs(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _write_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for index, mapping in enumerate(object.maps):
            if index == len(object.maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _write_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._write_sequence(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._write_sequence(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def _write_wrapped_data(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _write_pairs(self, items, stream, indent, allowance, context, level):
        """'key: value' lines of a mapping; the last keeps allowance free."""
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for index, (key, value) in enumerate(items):
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            last = index == len(items) - 1
            self._format(value, stream, indent + len(key_text) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _write_keywords(self, items, stream, indent, allowance, context, level):
        """'name=value' lines of a namespace or dataclass."""
        separator = ',\n' + ' ' * indent
        items = list(items)
        for index, (key, value) in enumerate(items):
            stream.write(key + '=')
            last = index == len(items) - 1
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _write_sequence(self, items, stream, indent, allowance, context, level):
        """Elements one per line, or (compact) packed into lines that fit."""
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        items = list(items)
        if not self._compact:
            for index, item in enumerate(items):
                if index:
                    stream.write(newline)
                self._format(item, stream, indent, allowance if index == len(items) - 1 else 1, context, level)
            return
        line_room = self._width - indent + 1
        left = line_room
        separator = ''
        for index, item in enumerate(items):
            last = index == len(items) - 1
            if last:
                line_room -= allowance
                left -= allowance
            text = self._repr(item, context, level)
            need = len(text) + 2
            if left < need:
                left = line_room
                if separator:
                    separator = newline
            if left >= need:
                left -= need
                stream.write(separator)
                separator = ', '
                stream.write(text)
                continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    # ---- reprs -------------------------------------------------------------

    def _repr_info(self, object, context, maxlevels, level):
        """(repr, readable, recursive) built recursively through dicts, lists
        and tuples whose repr is the builtin one."""
        cls = type(object)
        if cls in _PLAIN_SCALARS:
            return repr(object), True, False
        own_repr = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return format(object, '_d'), True, False
            return repr(object), True, False
        is_dict = issubclass(cls, dict) and own_repr is dict.__repr__
        is_list = issubclass(cls, list) and own_repr is list.__repr__
        is_tuple = issubclass(cls, tuple) and own_repr is tuple.__repr__
        if not (is_dict or is_list or is_tuple):
            text = repr(object)
            return text, bool(text) and not text.startswith('<'), False
        if not object:
            return ('{}' if is_dict else '[]' if is_list else '()'), True, False
        if is_dict:
            shape = '{%s}'
        elif is_list:
            shape = '[%s]'
        else:
            shape = '(%s,)' if len(object) == 1 else '(%s)'
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if is_dict:
            items = sorted(object.items(), key=_item_key) if self._sort_dicts else object.items()
            for k, v in items:
                k_text, k_readable, k_recursive = self.format(k, context, maxlevels, level)
                v_text, v_readable, v_recursive = self.format(v, context, maxlevels, level)
                parts.append('%s: %s' % (k_text, v_text))
                readable = readable and k_readable and v_readable
                recursive = recursive or k_recursive or v_recursive
        else:
            for item in object:
                text, item_readable, item_recursive = self.format(item, context, maxlevels, level)
                parts.append(text)
                readable = readable and item_readable
                recursive = recursive or item_recursive
        del context[key]
        return shape % ', '.join(parts), readable, recursive


def _is_dataclass_instance(object):
    cls = type(object)
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    method = cls.__repr__
    wrapped = getattr(method, '__wrapped__', None)
    if wrapped is not None:
        return '__create_fn__' in getattr(wrapped, '__qualname__', '')
    return getattr(method, '__module__', None) == 'dataclasses'


def _writers():
    """type(object).__repr__ -> the method laying out objects of that kind."""
    import collections
    import types
    P = PrettyPrinter
    table = {
        dict.__repr__: P._write_dict, list.__repr__: P._write_list, tuple.__repr__: P._write_tuple,
        set.__repr__: P._write_set, frozenset.__repr__: P._write_set, str.__repr__: P._write_str,
        bytes.__repr__: P._write_bytes, bytearray.__repr__: P._write_bytearray,
        types.MappingProxyType.__repr__: P._write_mappingproxy,
        types.SimpleNamespace.__repr__: P._write_namespace,
        collections.OrderedDict.__repr__: P._write_ordered_dict,
        collections.defaultdict.__repr__: P._write_defaultdict,
        collections.Counter.__repr__: P._write_counter,
        collections.ChainMap.__repr__: P._write_chain_map,
        collections.deque.__repr__: P._write_deque,
        collections.UserDict.__repr__: P._write_wrapped_data,
        collections.UserList.__repr__: P._write_wrapped_data,
        collections.UserString.__repr__: P._write_wrapped_data,
    }
    return table


_WRITERS = _writers()
