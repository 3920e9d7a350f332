"""pvm's `tokenize`: Python source to TokenInfo tuples as CPython 3.11's
pure-Python tokenizer gives them (NL/NEWLINE, COMMENT, INDENT/DEDENT, whole
f-strings as STRING, ERRORTOKEN for characters no token starts with, the
implicit NEWLINE of a last line without one), generate_tokens for str lines,
tokenize for bytes lines (ENCODING first, detect_encoding's cookie and BOM
rules) and untokenize. Tokens are scanned by hand in the order CPython's
pseudo-token pattern tries its alternatives, not with regular expressions.
"""

import collections
from token import *
from token import EXACT_TOKEN_TYPES, tok_name
import token as _token

__all__ = _token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize',
                            'TokenInfo', 'TokenError']

_TABSIZE = 8
_PREFIXES = {'', 'b', 'r', 'u', 'f', 'br', 'rb', 'fr', 'rf'}
_OPERATORS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


# ---------------------------------------------------------------- the scanner

def _digits(line, i, accept='0123456789'):
    """End of [d](?:_?[d])* at i, or -1."""
    n = len(line)
    if i >= n or line[i] not in accept:
        return -1
    i += 1
    while i < n:
        if line[i] in accept:
            i += 1
        elif line[i] == '_' and i + 1 < n and line[i + 1] in accept:
            i += 2
        else:
            break
    return i


def _exponent(line, i):
    if i < len(line) and line[i] in 'eE':
        j = i + 1
        if j < len(line) and line[j] in '+-':
            j += 1
        return _digits(line, j)
    return -1


def _pointfloat(line, i):
    j = _digits(line, i)
    if j >= 0 and j < len(line) and line[j] == '.':
        k = _digits(line, j + 1)
        j = j + 1 if k < 0 else k
    elif i < len(line) and line[i] == '.':
        j = _digits(line, i + 1)
        if j < 0:
            return -1
    else:
        return -1
    e = _exponent(line, j)
    return e if e >= 0 else j


def _expfloat(line, i):
    j = _digits(line, i)
    return -1 if j < 0 else _exponent(line, j)


def _number(line, i):
    """End of the number at i, trying imaginary, float and int forms in CPython's order."""
    j = _digits(line, i)
    if j >= 0 and j < len(line) and line[j] in 'jJ':
        return j + 1
    for form in (_pointfloat, _expfloat):
        j = form(line, i)
        if j >= 0 and j < len(line) and line[j] in 'jJ':
            return j + 1
    for form in (_pointfloat, _expfloat):
        j = form(line, i)
        if j >= 0:
            return j
    if line.startswith(('0x', '0X'), i):
        j = _digits(line, i + 2, '0123456789abcdefABCDEF_')
        if j >= 0 and line[i + 2] != '_' or j >= 0 and _digits(line, i + 3, '0123456789abcdefABCDEF') >= 0:
            return _hex_end(line, i + 2, '0123456789abcdefABCDEF')
    for marks, accept in ((('0b', '0B'), '01'), (('0o', '0O'), '01234567')):
        if line.startswith(marks, i):
            j = _hex_end(line, i + 2, accept)
            if j >= 0:
                return j
    if i < len(line) and line[i] == '0':
        j = i + 1
        while j < len(line) and (line[j] == '0' or line[j] == '_' and j + 1 < len(line) and line[j + 1] == '0'):
            j += 1 if line[j] == '0' else 2
        return j
    return _digits(line, i, '0123456789') if i < len(line) and line[i] in '123456789' else -1


def _hex_end(line, i, accept):
    """End of (?:_?[accept])+ at i, or -1."""
    n = len(line)
    j = i
    while j < n:
        if line[j] in accept:
            j += 1
        elif line[j] == '_' and j + 1 < n and line[j + 1] in accept:
            j += 2
        else:
            break
    return j if j > i else -1


def _string_prefix(line, i):
    """The string prefix letters at i that a quote follows, or None."""
    for size in (2, 1, 0):
        prefix = line[i:i + size]
        if len(prefix) == size and prefix.lower() in _PREFIXES and line[i + size:i + size + 1] in ('"', "'"):
            return prefix
    return None


def _single_string_end(line, i, quote):
    """End of a one-line string body from i (after the quote): after the closing
    quote, after a backslash-newline that continues it, or -1."""
    n = len(line)
    while i < n:
        c = line[i]
        if c == quote:
            return i + 1
        if c == '\n':
            return -1
        if c == '\\':
            if line.startswith('\n', i + 1):
                return i + 2
            if line.startswith('\r\n', i + 1):
                return i + 3
            if i + 1 >= n:
                return -1
            i += 2
            continue
        i += 1
    return -1


def _closing_end(text, i, quote):
    """End of the closing quote(s) of a continued string in text from i, or -1."""
    n = len(text)
    while i < n:
        if text.startswith(quote, i):
            return i + len(quote)
        i += 2 if text[i] == '\\' else 1
    return -1


def _pseudo_token(line, pos):
    """(start, end) of the next token at pos after spaces, tabs and form feeds; None
    when no token starts there."""
    n = len(line)
    while pos < n and line[pos] in ' \f\t':
        pos += 1
    if pos >= n:
        return pos, pos
    c = line[pos]
    if c == '\\' and (line.startswith('\n', pos + 1) or line.startswith('\r\n', pos + 1)):
        return pos, pos + (2 if line[pos + 1] == '\n' else 3)
    if c == '#':
        end = pos
        while end < n and line[end] not in '\r\n':
            end += 1
        return pos, end
    prefix = _string_prefix(line, pos)
    if prefix is not None:
        q = pos + len(prefix)
        if line.startswith("'''", q) or line.startswith('"""', q):
            return pos, q + 3
    if c in '0123456789' or c == '.' and pos + 1 < n and line[pos + 1] in '0123456789':
        end = _number(line, pos)
        if end > pos:
            return pos, end
    if c == '\n':
        return pos, pos + 1
    if line.startswith('\r\n', pos):
        return pos, pos + 2
    for op in _OPERATORS:
        if line.startswith(op, pos):
            return pos, pos + len(op)
    if prefix is not None:
        q = pos + len(prefix)
        end = _single_string_end(line, q + 1, line[q])
        if end >= 0:
            return pos, end
    if c.isalnum() or c == '_':
        end = pos + 1
        while end < n and (line[end].isalnum() or line[end] == '_'):
            end += 1
        return pos, end
    return None


def _tokens(readline, encoding):
    lnum = parenlev = 0
    continued = False
    indents = [0]
    contstr = ''
    contline = None
    needcont = False
    strstart = None
    endquote = None
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    last_line = ''
    line = ''
    while True:
        last_line = line
        try:
            line = readline()
        except StopIteration:
            line = b'' if encoding is not None else ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, end_of_line = 0, len(line)
        if contstr:
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            end = _closing_end(line, 0, endquote)
            if end >= 0:
                pos = end
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end), contline + line)
                contstr, needcont, contline = '', False, None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)), contline)
                contstr, contline = '', None
                continue
            else:
                contstr += line
                contline += line
                continue
        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end_of_line:
                if line[pos] == ' ':
                    column += 1
                elif line[pos] == '\t':
                    column = (column // _TABSIZE + 1) * _TABSIZE
                elif line[pos] == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break
            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False
        while pos < end_of_line:
            found = _pseudo_token(line, pos)
            if found is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = found
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, initial = line[start:end], line[start]
            if initial in '0123456789' or initial == '.' and text not in ('.', '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, text, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text[-3:] in ("'''", '"""') and _string_prefix(text, 0) == text[:-3]:
                endquote = text[-3:]
                close = _closing_end(line, pos, endquote)
                if close >= 0:
                    pos = close
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif _string_prefix(text, 0) is not None:
                if text[-1] == '\n':
                    strstart = (lnum, start)
                    endquote = text[len(_string_prefix(text, 0))]
                    contstr, needcont = line[start:], True
                    contline = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif initial == '\\':
                continued = True
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, text, spos, epos, line)
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """The tokens of the source whose lines (str) readline returns."""
    return _tokens(readline, None)


def _cookie_encoding(line):
    """The encoding a '# -*- coding: NAME -*-' comment line names, normalized, or None."""
    text = line.decode('latin-1').lstrip(' \t\f')
    if not text.startswith('#'):
        return None
    at = text.find('coding')
    if at < 0 or text[at + 6:at + 7] not in (':', '='):
        return None
    name = text[at + 7:].lstrip(' \t')
    end = 0
    while end < len(name) and (name[end].isalnum() or name[end] in '-_.'):
        end += 1
    name = name[:end]
    if not name:
        return None
    lowered = name.lower().replace('_', '-')
    if lowered == 'utf-8' or lowered.startswith('utf-8-'):
        return 'utf-8'
    if lowered in ('latin-1', 'iso-8859-1', 'iso-latin-1') or lowered.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """(encoding, lines read) from a BOM or a coding cookie in the first two lines."""
    def read():
        try:
            return readline()
        except StopIteration:
            return b''
    bom = False
    first = read()
    if first.startswith(b'\xef\xbb\xbf'):
        bom = True
        first = first[3:]
    default = 'utf-8-sig' if bom else 'utf-8'
    if not first:
        return default, []
    found = _cookie_encoding(first)
    if found is not None:
        return ('utf-8-sig' if bom and found == 'utf-8' else found), [first]
    if not first.strip() or first.lstrip().startswith(b'#'):
        second = read()
        if not second:
            return default, [first]
        found = _cookie_encoding(second)
        if found is not None:
            return ('utf-8-sig' if bom and found == 'utf-8' else found), [first, second]
        return default, [first, second]
    return default, [first]


def tokenize(readline):
    """The tokens of the source whose lines (bytes) readline returns, ENCODING first."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        if pending:
            return pending.pop(0)
        return readline()
    return _tokens(lines, encoding)


def untokenize(iterable):
    """Source text from tokens: exact spacing from 5-tuples' positions, a
    readable approximation from (type, string) pairs; bytes after an ENCODING token."""
    parts = []
    indents = []
    encoding = None
    prev_row, prev_col = 1, 0
    startline = False
    tokens = iter(iterable)
    for tok in tokens:
        if len(tok) == 2:
            encoding = _untokenize_pairs(tok, tokens, parts, encoding)
            break
        kind, text, start, end, line = tok
        if kind == ENCODING:
            encoding = text
            continue
        if kind == ENDMARKER:
            break
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            prev_row, prev_col = end
            continue
        if kind in (NEWLINE, NL):
            startline = True
        elif startline and indents:
            if start[1] >= len(indents[-1]):
                parts.append(indents[-1])
                prev_col = len(indents[-1])
            startline = False
        row, col = start
        if row < prev_row or row == prev_row and col < prev_col:
            raise ValueError('start ({},{}) precedes previous end ({},{})'.format(row, col, prev_row, prev_col))
        if row > prev_row:
            parts.append('\\\n' * (row - prev_row))
            prev_col = 0
        if col > prev_col:
            parts.append(' ' * (col - prev_col))
        parts.append(text)
        prev_row, prev_col = end
        if kind in (NEWLINE, NL):
            prev_row += 1
            prev_col = 0
    out = ''.join(parts)
    return out.encode(encoding) if encoding is not None else out


def _untokenize_pairs(first, rest, parts, encoding):
    indents = []
    startline = first[0] in (NEWLINE, NL)
    previous_string = False
    for tok in [first] + list(rest):
        kind, text = tok[:2]
        if kind == ENCODING:
            encoding = text
            continue
        if kind in (NAME, NUMBER):
            text += ' '
        if kind == STRING:
            if previous_string:
                text = ' ' + text
            previous_string = True
        else:
            previous_string = False
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            continue
        if kind in (NEWLINE, NL):
            startline = True
        elif startline and indents:
            parts.append(indents[-1])
            startline = False
        parts.append(text)
    return encoding
