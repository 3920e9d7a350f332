"""pvm's implementation of the `re` module, written in Python.

A backtracking matcher for Python's regular-expression syntax: literals,
classes, escapes (\\d \\w \\s \\b \\A \\Z ...), groups (capturing, named,
non-capturing, lookahead/lookbehind, backreferences, atomic, conditional
(?(id)yes|no)), \\N{name} escapes, greedy, lazy and possessive quantifiers,
alternation, inline and argument flags (I, M, S, X, A). A bytes pattern
matches bytes-like subjects as their latin-1 text with ASCII classes, its
results slicing the subject itself. Patterns compile to a tree of closures; repeats of single characters loop
instead of recursing. The module API follows CPython's: compile, match,
fullmatch, search, findall, finditer, sub, subn, split, escape, Pattern and
Match objects with CPython's reprs, and re.error with CPython's messages for
the common syntax errors. Matching is slower than CPython's C engine.
"""

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
           'NOFLAG', 'RegexFlag']

from types import GenericAlias as _GenericAlias

# CPython's member order, which its flag reprs follow.
_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))


class RegexFlag(int):
    """re's flags: ints that print as re.NAME|re.NAME and combine into flags, as CPython's enum flags do."""

    __slots__ = ()

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        names = [name for name, bit in _FLAG_ORDER if self & bit]
        if names:
            return '|'.join(names)
        return 'NOFLAG' if self == 0 else None

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        parts = ['re.' + name for name, bit in _FLAG_ORDER if value & bit]
        if value & ~511:
            parts.append(hex(value & ~511))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec) if spec else repr(self)

    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_FLAG_LETTERS = {'i': IGNORECASE, 'm': MULTILINE, 's': DOTALL, 'x': VERBOSE, 'a': ASCII,
                 'u': UNICODE, 'L': LOCALE}
_MAXREPEAT = 4294967295


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---------------------------------------------------------------- character tests

def _is_word(c, ascii_only):
    if ascii_only:
        return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')
    return c == '_' or c.isalnum()


def _is_digit(c, ascii_only):
    if ascii_only:
        return '0' <= c <= '9'
    return c.isdecimal()


def _is_space(c, ascii_only):
    if ascii_only:
        return c in ' \t\n\r\f\v'
    return c.isspace()


_CATEGORY_TESTS = {
    'd': lambda c, a: _is_digit(c, a),
    'D': lambda c, a: not _is_digit(c, a),
    'w': lambda c, a: _is_word(c, a),
    'W': lambda c, a: not _is_word(c, a),
    's': lambda c, a: _is_space(c, a),
    'S': lambda c, a: not _is_space(c, a),
}

_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
                   '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _fold(c):
    return c.lower()


# ---------------------------------------------------------------- parser

class _Parser:
    """Pattern text to a tree: ('lit', c), ('any',), ('set', neg, items),
    ('cat', name), ('seq', [..]), ('alt', [..]), ('group', index, node),
    ('repeat', node, min, max, mode), ('bol',), ('eol',), ('start',), ('end',),
    ('boundary', bool), ('look', ahead, negative, node), ('backref', index),
    ('atomic', node), ('cond', index, yes, no)."""

    def __init__(self, pattern, flags, bytes_pattern=False):
        self.pattern = pattern
        self.bytes_pattern = bytes_pattern
        self.pos = 0
        self.flags = flags
        self.group_count = 0
        self.group_names = {}
        self.open_groups = set()
        self.condition_refs = []

    def error(self, msg, pos=None):
        return error(msg, self.pattern, self.pos if pos is None else pos)

    def peek(self):
        return self.pattern[self.pos] if self.pos < len(self.pattern) else None

    def next(self):
        c = self.pattern[self.pos]
        self.pos += 1
        return c

    def skip_verbose(self):
        if not self.flags & VERBOSE:
            return
        p = self.pattern
        while self.pos < len(p):
            c = p[self.pos]
            if c in ' \t\n\r\f\v':
                self.pos += 1
            elif c == '#':
                while self.pos < len(p) and p[self.pos] != '\n':
                    self.pos += 1
            else:
                break

    def parse(self):
        self.parse_leading_flags()
        node = self.parse_alt()
        if self.pos < len(self.pattern):
            if self.pattern[self.pos] == ')':
                raise self.error('unbalanced parenthesis')
            raise self.error('internal: unparsed pattern')
        # A conditional may name a group defined after it, but not one that never is.
        for index, pos in self.condition_refs:
            if index > self.group_count:
                raise self.error('invalid group reference %d' % index, pos)
        return node

    def parse_conditional(self, start):
        """(?(id/name)yes|no), the '(?(' read: yes when the group matched, else no."""
        p = self.pattern
        end = p.find(')', self.pos)
        if end < 0:
            raise self.error('missing ), unterminated name')
        name = p[self.pos:end]
        if name.isidentifier():
            if name not in self.group_names:
                raise self.error('unknown group name %r' % name)
            index = self.group_names[name]
        else:
            if not name.isdecimal() or not name.isascii():
                raise self.error('bad character in group name %r' % name)
            index = int(name)
            if index == 0:
                raise self.error('bad group number')
            self.condition_refs.append((index, self.pos))
        self.pos = end + 1
        yes = self.parse_seq()
        no = None
        if self.peek() == '|':
            self.next()
            no = self.parse_seq()
            if self.peek() == '|':
                raise self.error('conditional backref with more than two branches')
        self.expect_close(start)
        return ('cond', index, yes, no)

    def parse_leading_flags(self):
        # Global inline flags such as (?i) must come first in 3.11.
        p = self.pattern
        while p.startswith('(?', self.pos) and self.pos + 2 < len(p) and p[self.pos + 2] in _FLAG_LETTERS:
            j = self.pos + 2
            flags = 0
            while j < len(p) and p[j] in _FLAG_LETTERS:
                flags |= _FLAG_LETTERS[p[j]]
                j += 1
                if p[j - 1] == ('u' if self.bytes_pattern else 'L'):
                    raise self.error("bad inline flags: cannot use '%s' flag with a %s pattern"
                                     % (p[j - 1], 'bytes' if self.bytes_pattern else 'str'), j)
            if j < len(p) and p[j] == ')':
                self.flags |= flags
                self.pos = j + 1
            else:
                break

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == '|':
            self.next()
            branches.append(self.parse_seq())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def parse_seq(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c == '|' or c == ')':
                break
            start = self.pos
            atom = self.parse_atom()
            if atom is None:
                continue
            atom = self.parse_quantifier(atom, start)
            items.append(atom)
        return items[0] if len(items) == 1 else ('seq', items)

    def parse_quantifier(self, atom, start):
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None:
                return atom
            qpos = self.pos
            if c == '*':
                self.next()
                lo, hi = 0, _MAXREPEAT
            elif c == '+':
                self.next()
                lo, hi = 1, _MAXREPEAT
            elif c == '?':
                self.next()
                lo, hi = 0, 1
            elif c == '{':
                bounds = self.parse_braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                return atom
            if atom[0] in ('bol', 'eol', 'start', 'end', 'boundary', 'look'):
                raise self.error('nothing to repeat', qpos)
            if atom[0] == 'repeat':
                raise self.error('multiple repeat', qpos)
            mode = 'greedy'
            if self.peek() == '?':
                self.next()
                mode = 'lazy'
            elif self.peek() == '+':
                self.next()
                mode = 'possessive'
            atom = ('repeat', atom, lo, hi, mode)

    def parse_braces(self):
        p = self.pattern
        j = self.pos + 1
        lo_text = ''
        while j < len(p) and p[j].isdigit():
            lo_text += p[j]
            j += 1
        hi_text = lo_text
        if j < len(p) and p[j] == ',':
            j += 1
            hi_text = ''
            while j < len(p) and p[j].isdigit():
                hi_text += p[j]
                j += 1
        if j >= len(p) or p[j] != '}' or (j == self.pos + 1):
            return None
        if lo_text == '' and hi_text == '' and p[j - 1] != ',':
            return None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else _MAXREPEAT
        if hi < lo:
            raise self.error('min repeat greater than max repeat', self.pos + 1)
        self.pos = j + 1
        return lo, hi

    def parse_atom(self):
        start = self.pos
        c = self.next()
        if c == '(':
            return self.parse_group(start)
        if c == '[':
            return self.parse_set(start)
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '\\':
            return self.parse_escape(start)
        if c in '*+?':
            raise self.error('nothing to repeat', start)
        if c == '{' and self.parse_braces_lookahead(start):
            raise self.error('nothing to repeat', start)
        return ('lit', c)

    def parse_braces_lookahead(self, start):
        saved = self.pos
        self.pos = start
        try:
            return self.parse_braces() is not None
        finally:
            self.pos = saved

    def parse_escape(self, start):
        if self.pos >= len(self.pattern):
            raise self.error('bad escape (end of pattern)', start)
        c = self.next()
        if c in _CATEGORY_TESTS:
            return ('cat', c)
        if c == 'b':
            return ('boundary', True)
        if c == 'B':
            return ('boundary', False)
        if c == 'A':
            return ('start',)
        if c == 'Z':
            return ('end',)
        if c.isdigit():
            if c == '0':
                return ('lit', self.parse_octal(c))
            digits = c
            if self.peek() is not None and self.peek().isdigit():
                digits += self.next()
                if (self.peek() is not None and self.peek() in '01234567' and
                        digits[0] in '01234567' and digits[1] in '01234567'):
                    return ('lit', chr(int(digits + self.next(), 8)))
            index = int(digits)
            if index > self.group_count or index in self.open_groups:
                if index in self.open_groups:
                    raise self.error('cannot refer to an open group', start)
                raise self.error('invalid group reference %d' % index, start + 1)
            return ('backref', index)
        return ('lit', self.parse_char_escape(c, start))

    def parse_octal(self, first):
        digits = first
        while len(digits) < 3 and self.peek() is not None and self.peek() in '01234567':
            digits += self.next()
        return chr(int(digits, 8))

    def parse_char_escape(self, c, start):
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c in 'xuU':
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = self.pattern[self.pos:self.pos + width]
            if len(digits) != width or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise self.error('incomplete escape \\%s%s' % (c, digits), start)
            self.pos += width
            return chr(int(digits, 16))
        if c == 'N' and not self.bytes_pattern:
            return self.parse_named_char(start)
        if c in _ASCII_LETTERS or c.isdigit():
            raise self.error('bad escape \\%s' % c, start)
        return c

    def parse_named_char(self, start):
        """\\N{NAME}: the character of that Unicode name (str patterns only)."""
        if self.peek() != '{':
            raise self.error('missing {', self.pos)
        self.next()
        end = self.pattern.find('}', self.pos)
        name = self.pattern[self.pos:] if end < 0 else self.pattern[self.pos:end]
        if end == self.pos or not name:
            raise self.error('missing character name', self.pos)
        if end < 0:
            raise self.error('missing }, unterminated name', self.pos)
        import unicodedata
        try:
            character = unicodedata.lookup(name)
        except KeyError:
            raise self.error('undefined character name %r' % name, start) from None
        self.pos = end + 1
        return character

    def parse_set(self, start):
        negate = False
        if self.peek() == '^':
            self.next()
            negate = True
        items = []
        first = True
        while True:
            c = self.peek()
            if c is None:
                raise self.error('unterminated character set', start)
            if c == ']' and not first:
                self.next()
                break
            first = False
            item_start = self.pos
            lo = self.parse_set_char()
            if isinstance(lo, tuple):
                items.append(lo)
                continue
            if self.peek() == '-' and self.pos + 1 < len(self.pattern) and self.pattern[self.pos + 1] != ']':
                self.next()
                hi = self.parse_set_char()
                if isinstance(hi, tuple):
                    raise self.error('bad character range %s' % self.pattern[item_start:self.pos],
                                     item_start)
                if hi < lo:
                    raise self.error('bad character range %s' % self.pattern[item_start:self.pos],
                                     item_start)
                items.append(('range', lo, hi))
            else:
                items.append(('char', lo))
        return ('set', negate, items)

    def parse_set_char(self):
        start = self.pos
        c = self.next()
        if c != '\\':
            return c
        if self.pos >= len(self.pattern):
            raise self.error('bad escape (end of pattern)', start)
        e = self.next()
        if e in _CATEGORY_TESTS:
            return ('cat', e)
        if e == 'b':
            return '\b'
        if e.isdigit():
            if e in '01234567':
                return self.parse_octal(e)
            raise self.error('bad escape \\%s' % e, start)
        return self.parse_char_escape(e, start)

    def parse_group(self, start):
        p = self.pattern
        if self.peek() == '?':
            self.next()
            c = self.peek()
            if c is None:
                raise self.error('unexpected end of pattern')
            if c == ':':
                self.next()
                return self.finish_group(None, start)
            if c == 'P':
                self.next()
                if self.peek() == '<':
                    self.next()
                    end = p.find('>', self.pos)
                    if end < 0:
                        raise self.error('missing >, unterminated name')
                    name = p[self.pos:end]
                    if not name:
                        raise self.error('missing group name')
                    if not name.isidentifier():
                        raise self.error('bad character in group name %r' % name)
                    if name in self.group_names:
                        raise self.error('redefinition of group name %r as group %d; was group %d'
                                         % (name, self.group_count + 1, self.group_names[name]))
                    self.pos = end + 1
                    self.group_count += 1
                    index = self.group_count
                    self.group_names[name] = index
                    return self.finish_group(index, start)
                if self.peek() == '=':
                    self.next()
                    end = p.find(')', self.pos)
                    if end < 0:
                        raise self.error('missing ), unterminated name')
                    name = p[self.pos:end]
                    if name not in self.group_names:
                        raise self.error('unknown group name %r' % name)
                    self.pos = end + 1
                    return ('backref', self.group_names[name])
                raise self.error('unknown extension ?P' + (self.peek() or ''))
            if c == '#':
                end = p.find(')', self.pos)
                if end < 0:
                    raise self.error('missing ), unterminated comment')
                self.pos = end + 1
                return None
            if c in '=!':
                self.next()
                body = self.parse_alt()
                self.expect_close(start)
                return ('look', True, c == '!', body)
            if c == '<' and self.pos + 1 < len(p) and p[self.pos + 1] in '=!':
                self.next()
                kind = self.next()
                body = self.parse_alt()
                self.expect_close(start)
                width = _fixed_width(body)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
                return ('lookbehind', kind == '!', body, width)
            if c == '(':
                self.next()
                return self.parse_conditional(start)
            if c == '>':
                self.next()
                body = self.parse_alt()
                self.expect_close(start)
                return ('atomic', body)
            if c in _FLAG_LETTERS or c == '-':
                return self.parse_scoped_flags(start)
            if c == '<':
                if self.pos + 1 >= len(p):
                    raise self.error('unexpected end of pattern', len(p))
                raise self.error('unknown extension ?<' + p[self.pos + 1], self.pos - 1)
            raise self.error('unknown extension ?' + c, self.pos - 1)
        self.group_count += 1
        return self.finish_group(self.group_count, start)

    def parse_scoped_flags(self, start):
        p = self.pattern
        on = 0
        while self.peek() is not None and self.peek() in _FLAG_LETTERS:
            on |= _FLAG_LETTERS[self.next()]
        off = 0
        if self.peek() == '-':
            self.next()
            while self.peek() is not None and self.peek() in _FLAG_LETTERS:
                off |= _FLAG_LETTERS[self.next()]
        if self.peek() == ')':
            raise self.error('global flags not at the start of the expression', start)
        if self.peek() != ':':
            raise self.error('missing -, : or )')
        self.next()
        saved = self.flags
        self.flags = (self.flags | on) & ~off
        body = self.parse_alt()
        self.flags = saved
        self.expect_close(start)
        return ('flags', on, off, body)

    def finish_group(self, index, start):
        if index is not None:
            self.open_groups.add(index)
        body = self.parse_alt()
        self.expect_close(start)
        if index is None:
            return ('noncapture', body)
        self.open_groups.discard(index)
        return ('group', index, body)

    def expect_close(self, start):
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.next()


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'set', 'cat'):
        return 1
    if kind in ('bol', 'eol', 'start', 'end', 'boundary', 'look', 'lookbehind'):
        return 0
    if kind == 'seq':
        total = 0
        for item in node[1]:
            w = _fixed_width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(b) for b in node[1]}
        return widths.pop() if len(widths) == 1 else None
    if kind in ('group', 'noncapture', 'atomic'):
        return _fixed_width(node[-1])
    if kind == 'flags':
        return _fixed_width(node[3])
    if kind == 'cond':
        yes = _fixed_width(node[2])
        no = 0 if node[3] is None else _fixed_width(node[3])
        return yes if yes == no else None
    if kind == 'repeat':
        w = _fixed_width(node[1])
        if w is None or node[2] != node[3]:
            return None
        return w * node[2]
    return None


# ---------------------------------------------------------------- compiler
#
# Each node compiles to m(s, i, st, k): try to match at i, then call the
# continuation k(j) with the end j; return k's result or None. st holds the
# group spans (a list, restored on backtracking) and the search bounds.

class _State:
    __slots__ = ('groups', 'end', 'start', 'lastindex')

    def __init__(self, ngroups, start, end):
        self.groups = [None] * (ngroups + 1)
        self.start = start
        self.end = end
        self.lastindex = None


def _char_matcher(node, flags):
    """A predicate for single-character nodes, or None for other nodes."""
    kind = node[0]
    ignore = flags & IGNORECASE
    ascii_only = bool(flags & ASCII)
    if kind == 'lit':
        ch = node[1]
        if ignore:
            folded = _fold(ch)
            return lambda c: c == ch or _fold(c) == folded
        return lambda c: c == ch
    if kind == 'any':
        if flags & DOTALL:
            return lambda c: True
        return lambda c: c != '\n'
    if kind == 'cat':
        test = _CATEGORY_TESTS[node[1]]
        return lambda c: test(c, ascii_only)
    if kind == 'set':
        negate, items = node[1], node[2]
        tests = []
        chars = set()
        for item in items:
            if item[0] == 'char':
                chars.add(item[1])
                if ignore:
                    chars.add(item[1].lower())
                    chars.add(item[1].upper())
            elif item[0] == 'range':
                lo, hi = item[1], item[2]
                if ignore:
                    tests.append(lambda c, lo=lo, hi=hi: lo <= c <= hi or lo <= c.lower() <= hi
                                 or lo <= c.upper() <= hi)
                else:
                    tests.append(lambda c, lo=lo, hi=hi: lo <= c <= hi)
            else:
                test = _CATEGORY_TESTS[item[1]]
                tests.append(lambda c, test=test: test(c, ascii_only))

        def in_set(c):
            if c in chars:
                return True
            for t in tests:
                if t(c):
                    return True
            return False
        if negate:
            return lambda c: not in_set(c)
        return in_set
    return None


def _compile(node, flags):
    kind = node[0]
    single = _char_matcher(node, flags)
    if single is not None:
        def m_char(s, i, st, k):
            if i < st.end and single(s[i]):
                return k(i + 1)
            return None
        return m_char
    if kind == 'seq':
        parts = [_compile(n, flags) for n in node[1]]
        return _chain(parts)
    if kind == 'alt':
        branches = [_compile(n, flags) for n in node[1]]

        def m_alt(s, i, st, k):
            for b in branches:
                r = b(s, i, st, k)
                if r is not None:
                    return r
            return None
        return m_alt
    if kind == 'group':
        index = node[1]
        body = _compile(node[2], flags)

        def m_group(s, i, st, k):
            saved = st.groups[index]
            saved_last = st.lastindex

            def after(j):
                old = st.groups[index]
                old_last = st.lastindex
                st.groups[index] = (i, j)
                st.lastindex = index
                r = k(j)
                if r is None:
                    st.groups[index] = old
                    st.lastindex = old_last
                return r
            r = body(s, i, st, after)
            if r is None:
                st.groups[index] = saved
                st.lastindex = saved_last
            return r
        return m_group
    if kind == 'noncapture':
        return _compile(node[1], flags)
    if kind == 'flags':
        return _compile(node[3], (flags | node[1]) & ~node[2])
    if kind == 'repeat':
        return _compile_repeat(node, flags)
    if kind == 'bol':
        multiline = flags & MULTILINE

        def m_bol(s, i, st, k):
            if i == 0 or (multiline and s[i - 1] == '\n'):
                return k(i)
            return None
        return m_bol
    if kind == 'eol':
        multiline = flags & MULTILINE

        def m_eol(s, i, st, k):
            n = len(s)
            if i == n or (i == n - 1 and s[i] == '\n') or (multiline and s[i] == '\n'):
                return k(i)
            return None
        return m_eol
    if kind == 'start':
        return lambda s, i, st, k: k(i) if i == 0 else None
    if kind == 'end':
        return lambda s, i, st, k: k(i) if i == len(s) else None
    if kind == 'boundary':
        want = node[1]
        ascii_only = bool(flags & ASCII)

        def m_boundary(s, i, st, k):
            before = i > 0 and _is_word(s[i - 1], ascii_only)
            after = i < len(s) and _is_word(s[i], ascii_only)
            if (before != after) == want:
                return k(i)
            return None
        return m_boundary
    if kind == 'look':
        negative = node[2]
        body = _compile(node[3], flags)

        def m_look(s, i, st, k):
            saved = list(st.groups)
            found = body(s, i, st, lambda j: j) is not None
            if negative:
                st.groups[:] = saved
                return None if found else k(i)
            if not found:
                return None
            r = k(i)
            if r is None:
                st.groups[:] = saved
            return r
        return m_look
    if kind == 'lookbehind':
        negative, width = node[1], node[3]
        body = _compile(node[2], flags)

        def m_lookbehind(s, i, st, k):
            j = i - width
            found = False
            saved = list(st.groups)
            if j >= 0:
                found = body(s, j, st, lambda e: e if e == i else None) is not None
            if negative:
                st.groups[:] = saved
                return None if found else k(i)
            if not found:
                return None
            r = k(i)
            if r is None:
                st.groups[:] = saved
            return r
        return m_lookbehind
    if kind == 'backref':
        index = node[1]
        ignore = flags & IGNORECASE

        def m_backref(s, i, st, k):
            span = st.groups[index]
            if span is None:
                return None
            text = s[span[0]:span[1]]
            j = i + len(text)
            if j > st.end:
                return None
            piece = s[i:j]
            if piece == text or (ignore and piece.lower() == text.lower()):
                return k(j)
            return None
        return m_backref
    if kind == 'cond':
        index = node[1]
        yes = _compile(node[2], flags)
        no = None if node[3] is None else _compile(node[3], flags)

        def m_cond(s, i, st, k):
            if st.groups[index] is not None:
                return yes(s, i, st, k)
            return k(i) if no is None else no(s, i, st, k)
        return m_cond
    if kind == 'atomic':
        body = _compile(node[1], flags)

        def m_atomic(s, i, st, k):
            end = body(s, i, st, lambda j: j)
            if end is None:
                return None
            return k(end)
        return m_atomic
    raise error('internal: unknown node %r' % (kind,))


def _chain(parts):
    if not parts:
        return lambda s, i, st, k: k(i)
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    rest = _chain(parts[1:])

    def m_seq(s, i, st, k):
        return first(s, i, st, lambda j: rest(s, j, st, k))
    return m_seq


def _compile_repeat(node, flags):
    _, body_node, lo, hi, mode = node
    single = _char_matcher(body_node, flags)
    if single is not None:
        # Repeats of one character: find how far the run goes, then try the
        # continuation from the longest (greedy) or shortest (lazy) end.
        def m_run(s, i, st, k):
            limit = min(st.end, i + hi) if hi != _MAXREPEAT else st.end
            j = i
            if mode == 'lazy':
                while j < i + lo:
                    if j >= limit or not single(s[j]):
                        return None
                    j += 1
                while True:
                    r = k(j)
                    if r is not None:
                        return r
                    if j >= limit or not single(s[j]):
                        return None
                    j += 1
            while j < limit and single(s[j]):
                j += 1
            if j - i < lo:
                return None
            if mode == 'possessive':
                return k(j)
            while j >= i + lo:
                r = k(j)
                if r is not None:
                    return r
                j -= 1
            return None
        return m_run
    body = _compile(body_node, flags)

    def m_repeat(s, i, st, k):
        def attempt(count, pos):
            if count < lo:
                return body(s, pos, st, lambda j: attempt(count + 1, j) if j != pos or count + 1 <= lo else None)
            # An iteration that matches the empty string ends the loop but
            # keeps its captures, as sre's MAX_UNTIL does.
            if mode == 'lazy':
                r = k(pos)
                if r is not None:
                    return r
                if count < hi:
                    return body(s, pos, st, lambda j: attempt(count + 1, j) if j != pos else k(j))
                return None
            if count < hi:
                r = body(s, pos, st, lambda j: attempt(count + 1, j) if j != pos else k(j))
                if r is not None:
                    return r
            return k(pos)
        if mode == 'possessive':
            end = _possessive_end(body, s, i, st, lo, hi)
            return None if end is None else k(end)
        return attempt(0, i)
    return m_repeat


def _possessive_end(body, s, i, st, lo, hi):
    count = 0
    pos = i
    while count < hi:
        j = body(s, pos, st, lambda e: e)
        if j is None or (j == pos and count >= lo):
            break
        pos = j
        count += 1
    return pos if count >= lo else None


# ---------------------------------------------------------------- Pattern and Match

class Pattern:
    """A compiled regular expression."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pattern, flags):
        # A bytes pattern is matched as the str of its bytes' latin-1
        # characters (one per byte, so positions agree) with ASCII classes and
        # case folding; its matches slice the bytes subject itself.
        self._bytes = isinstance(pattern, (bytes, bytearray))
        if self._bytes:
            if flags & UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            text = bytes(pattern).decode('latin-1')
        elif isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            text = pattern
        else:
            raise TypeError('first argument must be string or compiled pattern')
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        parser = _Parser(text, flags, self._bytes)
        tree = parser.parse()
        if parser.flags & ASCII and parser.flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        self.pattern = pattern
        if self._bytes:
            self.flags = int(parser.flags)
            self._empty = b''
        else:
            self.flags = int(parser.flags | (UNICODE if not parser.flags & ASCII else 0))
            self._empty = ''
        self.groups = parser.group_count
        self.groupindex = dict(parser.group_names)
        self._matcher = _compile(tree, parser.flags | (ASCII if self._bytes else 0))

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags & ~UNICODE
        if flags:
            names = [name for name, value in (('re.TEMPLATE', TEMPLATE), ('re.IGNORECASE', IGNORECASE),
                                              ('re.LOCALE', LOCALE), ('re.MULTILINE', MULTILINE),
                                              ('re.DOTALL', DOTALL), ('re.VERBOSE', VERBOSE),
                                              ('re.DEBUG', DEBUG), ('re.ASCII', ASCII))
                     if flags & value]
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        """The text the matcher reads for a subject (a bytes subject's latin-1 characters)."""
        if isinstance(string, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return string
        if isinstance(string, (bytes, bytearray, memoryview)):
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            return bytes(string).decode('latin-1')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _match_at(self, string, i, endpos, full=False, must_advance=False):
        st = _State(self.groups, i, endpos)
        n = endpos
        if full:
            k = (lambda j: j if j == n else None)
        elif must_advance:
            k = (lambda j: j if j > i else None)
        else:
            k = (lambda j: j)
        end = self._matcher(string, i, st, k)
        if end is None:
            return None
        st.groups[0] = (i, end)
        return st

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        if pos > n:
            pos = n
        return pos, endpos

    def match(self, string, pos=0, endpos=None):
        text = self._check(string)
        pos, endpos = self._bounds(text, pos, endpos)
        st = self._match_at(text[:endpos], pos, endpos)
        return None if st is None else Match(self, string, pos, endpos, st)

    def fullmatch(self, string, pos=0, endpos=None):
        text = self._check(string)
        pos, endpos = self._bounds(text, pos, endpos)
        st = self._match_at(text[:endpos], pos, endpos, full=True)
        return None if st is None else Match(self, string, pos, endpos, st)

    def _search(self, string, pos, endpos, must_advance=False):
        text = string[:endpos]
        i = pos
        while i <= endpos:
            st = self._match_at(text, i, endpos, must_advance=must_advance and i == pos)
            if st is not None:
                return st
            i += 1
        return None

    def search(self, string, pos=0, endpos=None):
        text = self._check(string)
        pos, endpos = self._bounds(text, pos, endpos)
        st = self._search(text, pos, endpos)
        return None if st is None else Match(self, string, pos, endpos, st)

    def _iter_states(self, string, pos, endpos):
        must_advance = False
        while pos <= endpos:
            st = self._search(string, pos, endpos, must_advance)
            if st is None:
                return
            yield st
            start, end = st.groups[0]
            must_advance = end == start
            pos = end

    def finditer(self, string, pos=0, endpos=None):
        text = self._check(string)
        pos, endpos = self._bounds(text, pos, endpos)
        for st in self._iter_states(text, pos, endpos):
            yield Match(self, string, pos, endpos, st)

    def findall(self, string, pos=0, endpos=None):
        text = self._check(string)
        pos, endpos = self._bounds(text, pos, endpos)
        result = []
        for st in self._iter_states(text, pos, endpos):
            if self.groups == 0:
                a, b = st.groups[0]
                result.append(string[a:b])
            else:
                items = []
                for g in range(1, self.groups + 1):
                    span = st.groups[g]
                    items.append(self._empty if span is None else string[span[0]:span[1]])
                result.append(items[0] if self.groups == 1 else tuple(items))
        return result

    def split(self, string, maxsplit=0):
        text = self._check(string)
        pieces = []
        last = 0
        count = 0
        for st in self._iter_states(text, 0, len(text)):
            if maxsplit and count >= maxsplit:
                break
            start, end = st.groups[0]
            pieces.append(string[last:start])
            for g in range(1, self.groups + 1):
                span = st.groups[g]
                pieces.append(None if span is None else string[span[0]:span[1]])
            last = end
            count += 1
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        text = self._check(string)
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(repl, self)
            expand = (lambda m: _expand_template(template, m))
        out = []
        last = 0
        n = 0
        for st in self._iter_states(text, 0, len(text)):
            if count and n >= count:
                break
            start, end = st.groups[0]
            # Empty pieces are left out, so a bytes join's error names the item CPython's does.
            if last < start:
                out.append(string[last:start])
            m = Match(self, string, 0, len(text), st)
            replacement = expand(m)
            if not self._bytes and not isinstance(replacement, str):
                raise TypeError('expected str instance, %s found' % type(replacement).__name__)
            if replacement:
                out.append(replacement)
            last = end
            n += 1
        if last < len(text):
            out.append(string[last:])
        return self._empty.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not offered by pvm')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _parse_template(repl, pattern):
    """Split a replacement string into literal text and group references
    (literal bytes for a bytes pattern)."""
    if pattern._bytes and isinstance(repl, (bytes, bytearray, memoryview)):
        parts = _parse_text_template(bytes(repl).decode('latin-1'), pattern)
        return [p if isinstance(p, int) else p.encode('latin-1') for p in parts]
    if not isinstance(repl, str):
        raise TypeError('expected str instance, %s found' % type(repl).__name__)
    return _parse_text_template(repl, pattern)


def _parse_text_template(repl, pattern):
    parts = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, i - 1)
        c = repl[i]
        if c == 'g':
            if i + 1 >= n or repl[i + 1] != '<':
                raise error('missing <', repl, i + 1)
            end = repl.find('>', i + 2)
            if end < 0:
                raise error('missing >, unterminated name', repl, i + 2)
            name = repl[i + 2:end]
            if not name:
                raise error('missing group name', repl, i + 2)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 2)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError('unknown group name %r' % name)
            else:
                raise error('bad character in group name %r' % name, repl, i + 2)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = end + 1
        elif c.isdigit():
            if c == '0':
                digits = c
                i += 1
                while len(digits) < 3 and i < n and repl[i] in '01234567':
                    digits += repl[i]
                    i += 1
                literal.append(chr(int(digits, 8)))
                continue
            digits = c
            i += 1
            if i < n and repl[i].isdigit():
                if (i + 1 < n and repl[i + 1] in '01234567' and digits in '01234567'
                        and repl[i] in '01234567'):
                    literal.append(chr(int(digits + repl[i] + repl[i + 1], 8)))
                    i += 2
                    continue
                digits += repl[i]
                i += 1
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, i - len(digits))
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
        elif c in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[c])
            i += 1
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\%s' % c, repl, i - 1)
        else:
            literal.append('\\' + c)
            i += 1
    parts.append(''.join(literal))
    return parts


def _expand_template(parts, m):
    empty = m.re._empty
    out = []
    for p in parts:
        if isinstance(p, int):
            out.append(m.group(p) or empty)
        else:
            out.append(p)
    if len(out) == 1:
        return out[0]
    return empty.join(out)


class Match:
    """The result of a successful match."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pattern, string, pos, endpos, state):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = state.groups
        self.lastindex = state.lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError('no such group')

    def span(self, group=0):
        span = self._spans[self._index(group)]
        return (-1, -1) if span is None else span

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _text(self, index, default=None):
        span = self._spans[index]
        if span is None:
            return default
        return self.string[span[0]:span[1]]

    def group(self, *groups):
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._text(self._index(g))

    def groups(self, default=None):
        return tuple(self._text(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._text(index, default) for name, index in self.re.groupindex.items()}

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------- module functions

_cache = {}
_MAXCACHE = 512


def _compile_cached(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile_cached(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile_cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile_cached(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile_cached(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences."""
    return _compile_cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile_cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile_cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile_cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile_cached(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string or bytes."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    return escape(bytes(pattern).decode('latin-1')).encode('latin-1')
