"""pvm's `html.parser`: HTMLParser, written for pvm in Python.

An event parser with CPython's behaviour: the same handler calls, with the
same text, for well-formed and broken markup, fed in any chunks (text that
may continue in the next feed() is held back, exactly where CPython holds
it). CPython's regular expressions (tag, attribute, reference and end-tag
patterns) are hand-written scanners here, backtracking where theirs do.
"""

import _markupbase
from html import unescape

__all__ = ['HTMLParser']

_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_ALNUM = _LETTERS | frozenset('0123456789')
_DIGITS = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')
_ENTITY_CHARS = _ALNUM | frozenset('-.')
_ENDTAG_CHARS = _ALNUM | frozenset('-.:_')
_TAGNAME_STOP = frozenset('\t\n\r\f />\x00')


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    return i


def _skip_space_slash(s, i):
    # (?:\s|/(?!>))*
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace() or (c == '/' and not s.startswith('>', i + 1)):
            i += 1
        else:
            break
    return i


def _tag_name_end(s, i):
    """End of [a-zA-Z][^\\t\\n\\r\\f />\\x00]* at i, or -1."""
    n = len(s)
    if i >= n or s[i] not in _LETTERS:
        return -1
    i += 1
    while i < n and s[i] not in _TAGNAME_STOP:
        i += 1
    return i


def _attr_value(s, k):
    """The value part `\\s*=+\\s*(value)` of an attribute at k, backtracking as
    the regular expression does: (value text, end) or (None, k)."""
    n = len(s)
    p = _skip_space(s, k)
    if p >= n or s[p] != '=':
        return None, k
    eq_end = p
    while eq_end < n and s[eq_end] == '=':
        eq_end += 1
    for e in range(eq_end, p, -1):
        w_end = _skip_space(s, e)
        for w in range(w_end, e - 1, -1):
            c = s[w] if w < n else ''
            if c == "'" or c == '"':
                close = s.find(c, w + 1)
                if close >= 0:
                    return s[w:close + 1], close + 1
                continue
            end = w
            while end < n and s[end] != '>' and not s[end].isspace():
                end += 1
            return s[w:end], end
    return None, k


def _attributes(s, k, limit, collect):
    """Scan attributes starting before `limit` from k (CPython's
    attrfind_tolerant, repeatedly); append (name, raw value or None) to `collect`; the end."""
    n = len(s)
    while k < limit:
        prev = s[k - 1]
        if not (prev in '\'"/' or prev.isspace()):
            break
        c = s[k]
        if c.isspace() or c == '/' or c == '>':
            break
        j = k + 1
        while j < n and not (s[j].isspace() or s[j] in '/=>'):
            j += 1
        value, end = _attr_value(s, j)
        collect.append((s[k:j], value))
        k = _skip_space_slash(s, end)
    return k


def _locate_start_tag_end(s, i):
    """Where CPython's locatestarttagend_tolerant match at i ends."""
    k = _tag_name_end(s, i + 1)
    n = len(s)
    j = k
    while j < n and (s[j].isspace() or s[j] == '/'):
        j += 1
    while j < n:
        prev = s[j - 1]
        if not (prev in '\'"/' or prev.isspace()):
            break
        c = s[j]
        if c.isspace() or c == '/' or c == '>':
            break
        name_end = j + 1
        while name_end < n and not (s[name_end].isspace() or s[name_end] in '/=>'):
            name_end += 1
        value, end = _attr_value(s, name_end)
        if value is not None:
            end = _skip_space(s, end)
        j = _skip_space_slash(s, end)
    return _skip_space(s, j)


def _char_ref(s, i):
    """The match of &#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F] at i: its end, or -1."""
    n = len(s)
    j = i + 2
    if j < n and s[j] in _DIGITS:
        while j < n and s[j] in _DIGITS:
            j += 1
        if j < n and s[j] not in _HEX:
            return j + 1
    j = i + 2
    if j < n and s[j] in 'xX':
        j += 1
        start = j
        while j < n and s[j] in _HEX:
            j += 1
        if j > start and j < n:
            return j + 1
    return -1


def _entity_ref(s, i):
    """The match of &([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9] at i: (name, end) or (None, -1)."""
    n = len(s)
    start = i + 1
    if start >= n or s[start] not in _LETTERS:
        return None, -1
    j = start + 1
    while j < n and s[j] in _ENTITY_CHARS:
        j += 1
    if j < n:
        return s[start:j], j + 1
    # At the end of the buffer a shorter name stops at a '-' or '.'.
    for p in range(j - 1, start, -1):
        if s[p] in '-.':
            return s[start:p], p + 1
    return None, -1


def _end_tag(s, i):
    """The match of </\\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\\s*> at i: (name, end) or (None, -1)."""
    n = len(s)
    j = _skip_space(s, i + 2)
    if j >= n or s[j] not in _LETTERS:
        return None, -1
    start = j
    j += 1
    while j < n and s[j] in _ENDTAG_CHARS:
        j += 1
    name = s[start:j]
    j = _skip_space(s, j)
    if j < n and s[j] == '>':
        return name, j + 1
    return None, -1


def _cdata_end_search(s, i, elem):
    """Where the first </\\s*ELEM\\s*> (any case) at or after i starts, or -1."""
    n = len(s)
    j = s.find('</', i)
    while j >= 0:
        k = _skip_space(s, j + 2)
        if s[k:k + len(elem)].lower() == elem:
            k = _skip_space(s, k + len(elem))
            if k < n and s[k] == '>':
                return j
        j = s.find('</', j + 1)
    return -1


def _space_or_semicolon_from(s, i):
    n = len(s)
    while i < n:
        if s[i] == ';' or s[i].isspace():
            return True
        i += 1
    return False


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags are handled by calling self.handle_starttag() or
    self.handle_startendtag(); end tags by self.handle_endtag().  The
    data between tags is passed from the parser to the derived class
    by calling self.handle_data() with the data as argument (the data
    may be split up in arbitrary chunks).  If convert_charrefs is
    True the character references are converted automatically to the
    corresponding Unicode character (and self.handle_data() is no
    longer split in chunks), otherwise they are passed by calling
    self.handle_entityref() or self.handle_charref() with the string
    containing respectively the named or numeric reference as the
    argument.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """Initialize and reset this instance.

        If convert_charrefs is True (the default), all character references
        are automatically converted to the corresponding Unicode characters.
        """
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        r"""Feed data to the parser.

        Call this as often as you want, with as little or as much text
        as you want (may include '\n').
        """
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def _data(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        # Handle as much of the buffer as can be; what may continue in the
        # next feed() stays in rawdata. `end` treats the buffer as complete.
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # A reference near the end may be cut in half: wait for more.
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _space_or_semicolon_from(rawdata, amp):
                        break
                    j = n
            elif self.cdata_elem:
                j = _cdata_end_search(rawdata, i, self.cdata_elem)
                if j < 0:
                    break
            else:
                lt = rawdata.find('<', i)
                amp = rawdata.find('&', i)
                j = n if lt < 0 and amp < 0 else min(p for p in (lt, amp) if p >= 0)
            if i < j:
                self._data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if i + 1 < n and rawdata[i + 1] in _LETTERS:
                    k = self.parse_starttag(i)
                elif rawdata.startswith('</', i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif rawdata.startswith('<?', i):
                    k = self.parse_pi(i)
                elif rawdata.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith('&#', i):
                k = _char_ref(rawdata, i)
                if k >= 0:
                    self.handle_charref(rawdata[i + 2:k - 1])
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            else:
                name, k = _entity_ref(rawdata, i)
                if name is not None:
                    self.handle_entityref(name)
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if i + 1 < n and (rawdata[i + 1] in _LETTERS or rawdata[i + 1] == '#'):
                    if end and i + 2 == n:
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            self._data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        elif rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        elif rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        else:
            return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        j = rawdata.find('>', i + 2)
        if j < 0:
            return -1
        self.handle_pi(rawdata[i + 2:j])
        return j + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        name_end = _tag_name_end(rawdata, i + 1)
        self.lasttag = tag = rawdata[i + 1:name_end].lower()
        found = []
        k = _attributes(rawdata, _skip_space_slash(rawdata, name_end), endpos, found)
        attrs = []
        for name, value in found:
            if value is not None and len(value) >= 2 and value[0] == value[-1] and value[0] in '\'"':
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
        rest = rawdata[k:endpos].strip()
        if rest not in ('>', '/>'):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if rest.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        rawdata = self.rawdata
        j = _locate_start_tag_end(rawdata, i)
        following = rawdata[j:j + 1]
        if following == '>':
            return j + 1
        if following == '/':
            if rawdata.startswith('/>', j):
                return j + 2
            return -1
        if following == '':
            return -1
        if following in _LETTERS or following in '=/':
            return -1
        if j > i:
            return j
        return i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        gtpos = rawdata.find('>', i + 1)
        if gtpos < 0:
            return -1
        gtpos += 1
        elem, _ = _end_tag(rawdata, i)
        if elem is None:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            name_end = _tag_name_end(rawdata, i + 2)
            if name_end < 0:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = rawdata[i + 2:name_end].lower()
            gtpos = rawdata.find('>', _skip_space_slash(rawdata, name_end))
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = elem.lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
