"""pvm's json.scanner, taken from CPython 3.11's json/scanner.py with its
number regular expression replaced by a hand-written matcher.
"""

__all__ = ['make_scanner']

def _digits(s, i):
    n = len(s)
    while i < n and '0' <= s[i] <= '9':
        i += 1
    return i


class _Match:
    def __init__(self, end, groups):
        self._end = end
        self._groups = groups

    def end(self):
        return self._end

    def groups(self):
        return self._groups


class _Number:
    """NUMBER_RE = (-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)? with ASCII digits, as the C scanner."""

    @staticmethod
    def match(s, idx):
        n = len(s)
        i = idx
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i = _digits(s, i + 1)
        else:
            return None
        integer = s[idx:i]
        frac = None
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            j = _digits(s, i + 1)
            frac = s[i:j]
            i = j
        exp = None
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '-+':
                j += 1
            k = _digits(s, j)
            if k > j:
                exp = s[i:k]
                i = k
        return _Match(i, (integer, frac, exp))


NUMBER_RE = _Number()


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    match_number = NUMBER_RE.match
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None

        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        elif nextchar == '{':
            return parse_object((string, idx + 1), strict,
                _scan_once, object_hook, object_pairs_hook, memo)
        elif nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5

        m = match_number(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                res = parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = parse_int(integer)
            return res, m.end()
        elif nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        else:
            raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once

make_scanner = py_make_scanner
