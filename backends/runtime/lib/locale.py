"""pvm's `locale`, for the one locale pvm runs in: C, with UTF-8 as the
character encoding (CPython's view when LC_ALL=C.UTF-8, the environment pvm's
programs run in: LC_CTYPE is C.UTF-8 from the start, the other categories C).

setlocale accepts the C/POSIX/C.UTF-8 names and '' (the environment's
C.UTF-8), anything else is CPython's locale.Error; the formatting functions
follow the C locale's conventions (no grouping, '.' as decimal point, no
currency); normalize knows a small alias table, not CPython's whole one.
"""

import sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format_string', 'currency', 'normalize',
           'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC',
           'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES', 'delocalize',
           'localize', 'nl_langinfo', 'CODESET']

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127
CODESET = 14

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

# glibc's categories in the order its composite LC_ALL name lists them; the
# last six have no Python constant and change only with LC_ALL.
_GLIBC_ORDER = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_CATEGORY_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
                   LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY',
                   LC_MESSAGES: 'LC_MESSAGES'}
_ENVIRONMENT_LOCALE = 'C.UTF-8'
_KNOWN = ('C', 'POSIX', 'C.UTF-8', 'C.utf8')
_current = dict.fromkeys(_GLIBC_ORDER, 'C')
_current['LC_CTYPE'] = _ENVIRONMENT_LOCALE


def setlocale(category, locale=None):
    """Set (or, with locale None, query) the locale of a category."""
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            names = [_current[name] for name in _GLIBC_ORDER]
            if len(set(names)) == 1:
                return names[0]
            return ';'.join('%s=%s' % pair for pair in zip(_GLIBC_ORDER, names))
        return _current[_CATEGORY_NAMES[category]]
    if locale == '':
        locale = _ENVIRONMENT_LOCALE
    if locale not in _KNOWN:
        raise Error('unsupported locale setting')
    if locale == 'POSIX':
        locale = 'C'
    if category == LC_ALL:
        for name in _GLIBC_ORDER:
            _current[name] = locale
    else:
        _current[_CATEGORY_NAMES[category]] = locale
    return locale


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def nl_langinfo(key):
    if key == CODESET:
        return 'UTF-8'
    raise ValueError('unsupported langinfo constant')


def strcoll(a, b):
    """Compare two strings by code point, as the C locale collates."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError('strcoll() argument must be str, not %s'
                        % type(b if isinstance(a, _builtin_str) else a).__name__)
    return (a > b) - (a < b)


def strxfrm(string):
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val under the locale's conventions (the C locale's: plain %-formatting)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# A few entries of CPython's locale alias table: the names programs use most.
_ALIASES = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1',
    'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1', 'de': 'de_DE.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1', 'ja_jp': 'ja_JP.eucJP', 'ru_ru': 'ru_RU.ISO8859-5',
    'zh_cn': 'zh_CN.gb2312', 'pt_br': 'pt_BR.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1',
}
_ENCODINGS = {'utf8': 'UTF-8', 'latin1': 'ISO8859-1', 'iso88591': 'ISO8859-1',
              'iso885915': 'ISO8859-15', 'ascii': 'ISO8859-1', 'eucjp': 'eucJP'}


def normalize(localename):
    """A locale name in the form setlocale takes (language_TERRITORY.ENCODING)."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    code, at, modifier = code.partition('@')
    lang, dot, encoding = code.partition('.')
    encoding = encoding.replace('-', '').replace('_', '')
    if lang + dot + encoding in _ALIASES:
        result = _ALIASES[lang + dot + encoding]
    elif dot:
        normalized = _ENCODINGS.get(encoding)
        if normalized is None:
            return localename
        base = _ALIASES.get(lang)
        if base is not None:
            lang = base.partition('.')[0]
        elif '_' in lang:
            head, _, tail = lang.partition('_')
            lang = head + '_' + tail.upper()
        result = lang + '.' + normalized
    else:
        return localename
    return result + ('@' + modifier if at else '')


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category's locale; LC_ALL is refused."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    return _parse_localename(_ENVIRONMENT_LOCALE)


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    # Python's UTF-8 mode, which pvm's environment turns on (PYTHONUTF8=1).
    return 'utf-8'
