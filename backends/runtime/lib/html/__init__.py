"""pvm's implementation of the `html` package, written in Python.

escape() and unescape() with HTML5's character references: named ones from
html.entities (longest known prefix when the ';' is missing), decimal and
hex ones with HTML5's replacements for invalid code points. html.parser
holds HTMLParser.
"""

from html.entities import html5 as _html5
from html._charrefs import INVALID_CHARREFS as _invalid_charrefs
from html._charrefs import INVALID_CODEPOINTS as _invalid_codepoints

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, when quote is true, " and ') made HTML-safe."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_HEX = frozenset('0123456789abcdefABCDEF')
_NAME_STOP = frozenset('\t\n\f <&#;')


def _reference_at(s, i):
    """The character reference starting at s[i] == '&' (without the '&'), or None."""
    j = i + 1
    n = len(s)
    if j < n and s[j] == '#':
        k = j + 1
        if k < n and s[k] in 'xX':
            m = k + 1
            while m < n and s[m] in _HEX:
                m += 1
            if m == k + 1:
                return None
        else:
            m = k
            while m < n and s[m].isdigit() and s[m].isascii():
                m += 1
            if m == k:
                return None
        if m < n and s[m] == ';':
            m += 1
        return s[j:m]
    m = j
    while m < n and m - j < 32 and s[m] not in _NAME_STOP:
        m += 1
    if m == j:
        return None
    if m < n and s[m] == ';':
        m += 1
    return s[j:m]


def _replace(ref):
    if ref[0] == '#':
        if ref[1] in 'xX':
            num = int(ref[2:].rstrip(';'), 16)
        else:
            num = int(ref[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if ref in _html5:
        return _html5[ref]
    for x in range(len(ref) - 1, 1, -1):
        if ref[:x] in _html5:
            return _html5[ref[:x]] + ref[x:]
    return '&' + ref


def unescape(s):
    """s with every named and numeric character reference replaced."""
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        amp = s.find('&', i)
        if amp < 0:
            out.append(s[i:])
            break
        out.append(s[i:amp])
        ref = _reference_at(s, amp)
        if ref is None:
            out.append('&')
            i = amp + 1
            continue
        out.append(_replace(ref))
        i = amp + 1 + len(ref)
    return ''.join(out)
