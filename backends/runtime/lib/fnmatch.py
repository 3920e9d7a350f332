"""pvm's implementation of the `fnmatch` module, written in Python.

Shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) matched by a direct
matcher over the parsed pattern (pvm's `re` is a slow backtracking engine, so
matching does not go through it); translate() still answers the regular
expression text CPython's translate() builds. Parsed patterns are cached.
On POSIX normcase is the identity, so fnmatch() is fnmatchcase().
"""

import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = 0
_ANY = 1
_LIT = 2
_CLASS = 3

_cache = {}


def _parse(pat):
    """The pattern as a list of items: (_STAR,), (_ANY,), (_LIT, text) and
    (_CLASS, negated, [(lo, hi), ...]); runs of stars collapse to one."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1][0] != _STAR:
                items.append((_STAR,))
        elif c == '?':
            items.append((_ANY,))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append((_LIT, '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                lo = body[k]
                if k + 2 < len(body) and body[k + 1] == '-':
                    hi = body[k + 2]
                    k += 3
                else:
                    hi = lo
                    k += 1
                if lo <= hi:
                    ranges.append((lo, hi))
            items.append((_CLASS, negated, ranges))
        elif items and items[-1][0] == _LIT:
            items[-1] = (_LIT, items[-1][1] + c)
        else:
            items.append((_LIT, c))
    return items


def _compiled(pat):
    items = _cache.get(pat)
    if items is None:
        if len(_cache) >= 32768:
            _cache.clear()
        items = _parse(pat)
        _cache[pat] = items
    return items


def _class_has(item, ch):
    for lo, hi in item[2]:
        if lo <= ch <= hi:
            return not item[1]
    return item[1]


def _match_at(items, k, name, pos):
    """Whether items[k:] match name[pos:] exactly (backtracking only at stars)."""
    n = len(name)
    while k < len(items):
        item = items[k]
        kind = item[0]
        if kind == _LIT:
            if not name.startswith(item[1], pos):
                return False
            pos += len(item[1])
        elif kind == _ANY:
            if pos >= n:
                return False
            pos += 1
        elif kind == _CLASS:
            if pos >= n or not _class_has(item, name[pos]):
                return False
            pos += 1
        else:
            if k + 1 == len(items):
                return True
            for start in range(pos, n + 1):
                if _match_at(items, k + 1, name, start):
                    return True
            return False
        k += 1
    return pos == n


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object"
                        if isinstance(name, bytes) else
                        "cannot use a bytes pattern on a string-like object")
    if isinstance(pat, bytes):
        return _match_at(_compiled(pat.decode('latin-1')), 0,
                         name.decode('latin-1'), 0)
    return _match_at(_compiled(pat), 0, name, 0)


def fnmatch(name, pat):
    """Test whether name matches pat after os.path.normcase of both."""
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def filter(names, pat):
    """The names of the iterable names that match pat."""
    pat = posixpath.normcase(pat)
    return [name for name in names
            if fnmatchcase(posixpath.normcase(name), pat)]


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    return ''.join('\\' + c if c in _SPECIAL else c for c in text)


def _class_char(c, first):
    if c == '\\':
        return '\\\\'
    if c in '&~|[' or (c == '^' and first):
        return '\\' + c
    return c


def _class_text(item):
    if not item[2]:
        return '.' if item[1] else '(?!)'
    out = []
    for lo, hi in item[2]:
        out.append(_class_char(lo, not out))
        if lo != hi:
            out.append('-' + _class_char(hi, False))
    return '[' + ('^' if item[1] else '') + ''.join(out) + ']'


def _piece(item):
    if item[0] == _LIT:
        return _escape(item[1])
    if item[0] == _ANY:
        return '.'
    return _class_text(item)


def translate(pat):
    """The regular expression text that matches what pat matches."""
    items = _parse(pat)
    out = []
    k = 0
    while k < len(items) and items[k][0] != _STAR:
        out.append(_piece(items[k]))
        k += 1
    while k < len(items):
        k += 1
        fixed = []
        while k < len(items) and items[k][0] != _STAR:
            fixed.append(_piece(items[k]))
            k += 1
        fixed = ''.join(fixed)
        if k == len(items):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
