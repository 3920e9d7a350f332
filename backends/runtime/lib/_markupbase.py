"""pvm's `_markupbase`: the base class of html.parser.HTMLParser, in Python.

ParserBase keeps the position (lineno, offset) as the parser consumes its
buffer and parses comments and marked sections (<![CDATA[...]]>,
<![if ...]>) as CPython's does; the regular expressions of CPython's module
are hand-written scanners here (see lib/README.md on `re`).
"""

__all__ = ['ParserBase']


def _find_close(rawdata, start, brackets):
    """Where the first `]\\s*]\\s*>` (brackets=2) or `]\\s*>` (1) starts at or after
    `start`, and where it ends: (begin, end), or (-1, -1)."""
    n = len(rawdata)
    i = rawdata.find(']', start)
    while i >= 0:
        j = i
        ok = True
        for _ in range(brackets - 1):
            j += 1
            while j < n and rawdata[j].isspace():
                j += 1
            if j >= n or rawdata[j] != ']':
                ok = False
                break
        if ok:
            j += 1
            while j < n and rawdata[j].isspace():
                j += 1
            if j < n and rawdata[j] == '>':
                return i, j + 1
        i = rawdata.find(']', i + 1)
    return -1, -1


def _comment_close(rawdata, start):
    """Where the first `--\\s*>` at or after `start` begins and ends, or (-1, -1)."""
    n = len(rawdata)
    i = rawdata.find('--', start)
    while i >= 0:
        j = i + 2
        while j < n and rawdata[j].isspace():
            j += 1
        if j < n and rawdata[j] == '>':
            return i, j + 1
        i = rawdata.find('--', i + 1)
    return -1, -1


_NAME_START = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_NAME_CHARS = _NAME_START | frozenset('0123456789-_.')


class ParserBase:
    """Parser base class which provides some common support methods used
    by the SGML/HTML and XHTML parsers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Every piece of the buffer passes through here once, in order.
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count('\n', i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 3] != '<![':
            raise AssertionError('unexpected call to parse_marked_section()')
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            begin, end = _find_close(rawdata, i + 3, 2)
        elif name in ('if', 'else', 'endif'):
            begin, end = _find_close(rawdata, i + 3, 1)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if begin < 0:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:begin])
        return end

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        begin, end = _comment_close(rawdata, i + 4)
        if begin < 0:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:begin])
        return end

    def _scan_name(self, i, declstartpos):
        # A name token and the whitespace after it: (lowercased name, end), or
        # (None, -1) when it may continue past the end of the buffer.
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        if rawdata[i] in _NAME_START:
            j = i + 1
            while j < n and rawdata[j] in _NAME_CHARS:
                j += 1
            name = rawdata[i:j]
            while j < n and rawdata[j].isspace():
                j += 1
            if j == n:
                return None, -1
            return name.lower(), j
        self.updatepos(declstartpos, i)
        raise AssertionError('expected name token at %r' % rawdata[declstartpos:declstartpos + 20])

    def unknown_decl(self, data):
        pass
