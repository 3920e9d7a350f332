"""pvm's implementation of the `string` module, written in Python.

The constants, capwords, Template (substitute, safe_substitute,
get_identifiers, is_valid; its placeholder scanner is written by hand, with
the same rules and messages as CPython's regular expression) and Formatter
(format, vformat, parse, get_field and the other overridable hooks).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CONTINUE = frozenset('_' + ascii_letters + digits)
_sentinel_dict = {}


class _ChainedMapping:
    """The keyword arguments first, then the mapping (CPython's ChainMap use)."""

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    # A subclass that sets idpattern, braceidpattern, flags or pattern gets
    # a compiled `pattern` (through re, imported only then); the default
    # placeholders are scanned by hand in _scan.
    _regex = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or 'flags' in cls.__dict__ or cls._regex is not None
                  or cls.idpattern != Template.idpattern or cls.braceidpattern is not None)
        if not custom:
            return
        import re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident + ')|{(?P<braced>'
                       + braced + ')}|(?P<invalid>))')
        flags = cls.__dict__['flags'] if 'flags' in cls.__dict__ else getattr(cls, 'flags', re.IGNORECASE)
        cls.pattern = re.compile(pattern, flags | re.VERBOSE)
        cls._regex = cls.pattern

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, text): kind is 'text', 'escaped', 'named',
        # 'braced' or 'invalid'; start is the offset of the delimiter, or for
        # 'invalid' of the text after it.
        if self._regex is not None:
            yield from self._scan_regex()
            return
        template = self.template
        delim = self.delimiter
        n = len(template)
        i = 0
        text_start = 0
        while True:
            j = template.find(delim, i)
            if j < 0:
                break
            k = j + len(delim)
            if template.startswith(delim, k):
                yield 'text', text_start, template[text_start:j]
                yield 'escaped', j, delim
                i = text_start = k + len(delim)
                continue
            if k < n and template[k] in _ID_START:
                end = k + 1
                while end < n and template[end] in _ID_CONTINUE:
                    end += 1
                yield 'text', text_start, template[text_start:j]
                yield 'named', j, template[k:end]
                i = text_start = end
                continue
            if k < n and template[k] == '{' and k + 1 < n and template[k + 1] in _ID_START:
                end = k + 2
                while end < n and template[end] in _ID_CONTINUE:
                    end += 1
                if end < n and template[end] == '}':
                    yield 'text', text_start, template[text_start:j]
                    yield 'braced', j, template[k + 1:end]
                    i = text_start = end + 1
                    continue
            yield 'text', text_start, template[text_start:j]
            yield 'invalid', k, delim
            i = text_start = k
        yield 'text', text_start, template[text_start:]

    def _scan_regex(self):
        template = self.template
        text_start = 0
        for mo in self._regex.finditer(template):
            yield 'text', text_start, template[text_start:mo.start()]
            text_start = mo.end()
            groups = mo.groupdict()
            if groups.get('named') is not None:
                yield 'named', mo.start(), groups['named']
            elif groups.get('braced') is not None:
                yield 'braced', mo.start(), groups['braced']
            elif groups.get('escaped') is not None:
                yield 'escaped', mo.start(), self.delimiter
            elif groups.get('invalid') is not None:
                yield 'invalid', mo.start('invalid'), mo.group()
            else:
                raise ValueError('Unrecognized named group in pattern', self._regex)
        yield 'text', text_start, template[text_start:]

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        parts = []
        for kind, start, text in self._scan():
            if kind == 'text' or kind == 'escaped':
                parts.append(text)
            elif kind == 'named' or kind == 'braced':
                parts.append(str(mapping[text]))
            else:
                self._invalid(start)
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        parts = []
        for kind, start, text in self._scan():
            if kind == 'text' or kind == 'escaped' or kind == 'invalid':
                parts.append(text)
            else:
                try:
                    parts.append(str(mapping[text]))
                except KeyError:
                    if kind == 'named':
                        parts.append(self.delimiter + text)
                    else:
                        parts.append(self.delimiter + '{' + text + '}')
        return ''.join(parts)

    def is_valid(self):
        for kind, start, text in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, text in self._scan():
            if kind == 'named' or kind == 'braced':
                if text not in ids:
                    ids.append(text)
            elif kind == 'invalid':
                self._invalid(start)
        return ids


def _parse_format(format_string):
    """Yield (literal_text, field_name, format_spec, conversion) like _string.formatter_parser."""
    n = len(format_string)
    i = 0
    literal = []
    while i < n:
        c = format_string[i]
        if c == '}':
            if i + 1 < n and format_string[i + 1] == '}':
                # An escaped brace ends the literal chunk, as CPython's parser does.
                yield ''.join(literal) + '}', None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and format_string[i + 1] == '{':
            yield ''.join(literal) + '{', None, None, None
            literal = []
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        depth = 1
        j = i + 1
        while j < n:
            if format_string[j] == '{':
                depth += 1
            elif format_string[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field = format_string[i + 1:j]
        conversion = None
        spec = ''
        bracket = 0
        name_end = len(field)
        for k, ch in enumerate(field):
            if ch == '[':
                bracket += 1
            elif ch == ']':
                bracket -= 1
            elif bracket == 0 and ch in '!:':
                name_end = k
                break
        name = field[:name_end]
        rest = field[name_end:]
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError('expected \':\' after conversion specifier')
        if rest.startswith(':'):
            spec = rest[1:]
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(field_name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        else:
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    """The str.format machinery with overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
