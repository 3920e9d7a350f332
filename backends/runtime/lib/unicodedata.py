"""pvm's implementation of the `unicodedata` module, written in Python.

The Unicode 14.0 database CPython 3.11 ships, from the generated tables of
_unicodedata_db (scripts/gen_unicodedata.py): name/lookup (algorithmic
names of CJK unified ideographs, Hangul syllables, Tangut, Khitan and Nushu
computed), category, bidirectional, combining, east_asian_width, mirrored,
decimal/digit/numeric, decomposition, normalize and is_normalized (NFC, NFD,
NFKC, NFKD by canonical ordering and composition over the tables).
Each table is decoded on first use. Not provided: name aliases and named
sequences in lookup(), and ucd_3_2_0.
"""

# Functions CPython writes in C: they show as built-ins (<built-in function name>).
__c_functions__ = ('name', 'lookup', 'category', 'bidirectional', 'combining',
                   'east_asian_width', 'mirrored', 'decimal', 'digit', 'numeric',
                   'decomposition', 'normalize', 'is_normalized')


import _unicodedata_db as _db

unidata_version = _db.UNIDATA_VERSION

_SBASE = 0xAC00
_LBASE = 0x1100
_VBASE = 0x1161
_TBASE = 0x11A7
_LCOUNT = 19
_VCOUNT = 21
_TCOUNT = 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT
_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J',
           'JJ', 'C', 'K', 'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE',
           'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB',
           'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C',
           'K', 'T', 'P', 'H')

_cache = {}
_MISSING = object()


def _char(chr_, func):
    if not isinstance(chr_, str):
        raise TypeError(f"{func}() argument must be a unicode character, "
                        f"not {type(chr_).__name__}")
    if len(chr_) != 1:
        raise TypeError(f"{func}() argument must be a unicode character, "
                        f"not str")
    return ord(chr_)


def _names():
    table = _cache.get('names')
    if table is None:
        words = _db.WORDS.split(' ')
        cps = []
        encoded = []
        cp = -1
        for record in _db.NAMES.split('\n'):
            delta, _, text = record.partition(':')
            cp += int(delta, 36) + 1
            cps.append(cp)
            encoded.append(text)
        table = _cache['names'] = (cps, encoded, words)
    return table


def _decode_name(text, words):
    out = []
    for c in text:
        if c >= '\ue000':
            out.append(words[ord(c) - 0xE000])
        else:
            out.append(c)
    return ''.join(out)


def _find(sorted_list, value):
    lo, hi = 0, len(sorted_list)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_list[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _algorithmic_name(cp):
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        return ('HANGUL SYLLABLE ' + _JAMO_L[s // _NCOUNT]
                + _JAMO_V[(s % _NCOUNT) // _TCOUNT] + _JAMO_T[s % _TCOUNT])
    for prefix, ranges in _db.ALGORITHMIC.items():
        if prefix == 'HANGUL SYLLABLE ':
            continue
        for lo, hi in ranges:
            if lo <= cp <= hi:
                return prefix + '%04X' % cp
    return None


def name(chr, default=_MISSING, /):
    """The name of the character chr; default (or ValueError) when it has none."""
    cp = _char(chr, 'name')
    found = _algorithmic_name(cp)
    if found is not None:
        return found
    cps, encoded, words = _names()
    i = _find(cps, cp)
    if i < len(cps) and cps[i] == cp:
        return _decode_name(encoded[i], words)
    if default is _MISSING:
        raise ValueError('no such name')
    return default


def _lookup_table():
    table = _cache.get('lookup')
    if table is None:
        cps, encoded, words = _names()
        table = {}
        for cp, text in zip(cps, encoded):
            table[_decode_name(text, words)] = cp
        _cache['lookup'] = table
    return table


def _lookup_algorithmic(key):
    if key.startswith('HANGUL SYLLABLE '):
        rest = key[len('HANGUL SYLLABLE '):]
        for li, l_part in enumerate(_JAMO_L):
            if not rest.startswith(l_part):
                continue
            after_l = rest[len(l_part):]
            for vi, v_part in enumerate(_JAMO_V):
                if not after_l.startswith(v_part):
                    continue
                t_part = after_l[len(v_part):]
                if t_part in _JAMO_T:
                    return (_SBASE + (li * _VCOUNT + vi) * _TCOUNT
                            + _JAMO_T.index(t_part))
        return None
    for prefix, ranges in _db.ALGORITHMIC.items():
        if prefix == 'HANGUL SYLLABLE ' or not key.startswith(prefix):
            continue
        digits = key[len(prefix):]
        if not digits or any(c not in '0123456789ABCDEF' for c in digits):
            return None
        cp = int(digits, 16)
        if _algorithmic_name(cp) == key:
            return cp
    return None


def lookup(name, /):
    """The character whose name is name (KeyError when there is none)."""
    if isinstance(name, (bytes, bytearray)):
        name = name.decode('latin-1')
    if not isinstance(name, str):
        raise TypeError(f"lookup() argument must be str, not {type(name).__name__}")
    key = name.upper()
    cp = _lookup_algorithmic(key)
    if cp is None:
        cp = _lookup_table().get(key)
    if cp is None:
        raise KeyError(f"undefined character name '{name}'")
    return chr(cp)


def _runs(key):
    table = _cache.get(key)
    if table is None:
        starts = []
        values = []
        names = getattr(_db, key.upper() + '_VALUES')
        start = 0
        for item in getattr(_db, key.upper() + '_RUNS').split(' '):
            delta, _, index = item.partition(',')
            start += int(delta, 36)
            starts.append(start)
            values.append(names[int(index, 36)])
        table = _cache[key] = (starts, values)
    return table


def _property(key, cp):
    starts, values = _runs(key)
    i = _find(starts, cp + 1) - 1
    return values[i]


def category(chr, /):
    """The general category of chr ('Lu', 'Nd', ...)."""
    return _property('category', _char(chr, 'category'))


def bidirectional(chr, /):
    """The bidirectional class of chr ('' when it has none)."""
    return _property('bidirectional', _char(chr, 'bidirectional'))


def combining(chr, /):
    """The canonical combining class of chr (0 when none)."""
    return _property('combining', _char(chr, 'combining'))


def east_asian_width(chr, /):
    """The East Asian width of chr ('W', 'N', 'A', ...)."""
    return _property('east_asian_width', _char(chr, 'east_asian_width'))


def mirrored(chr, /):
    """1 when chr is mirrored in bidirectional text, else 0."""
    return _property('mirrored', _char(chr, 'mirrored'))


def _numeric_table():
    table = _cache.get('numeric')
    if table is None:
        table = {}
        for record in _db.NUMERIC.split(' '):
            cp, dec, dig, num = record.split(':')
            table[int(cp, 36)] = (int(dec) if dec else None,
                                  int(dig) if dig else None, float(num))
        _cache['numeric'] = table
    return table


def decimal(chr, default=_MISSING, /):
    """The decimal digit value of chr; default (or ValueError) when it has none."""
    entry = _numeric_table().get(_char(chr, 'decimal'))
    if entry is None or entry[0] is None:
        if default is _MISSING:
            raise ValueError('not a decimal')
        return default
    return entry[0]


def digit(chr, default=_MISSING, /):
    """The digit value of chr; default (or ValueError) when it has none."""
    entry = _numeric_table().get(_char(chr, 'digit'))
    if entry is None or entry[1] is None:
        if default is _MISSING:
            raise ValueError('not a digit')
        return default
    return entry[1]


def numeric(chr, default=_MISSING, /):
    """The numeric value of chr as a float; default (or ValueError) when it has none."""
    entry = _numeric_table().get(_char(chr, 'numeric'))
    if entry is None:
        if default is _MISSING:
            raise ValueError('not a numeric character')
        return default
    return entry[2]


def _decomposition_table():
    table = _cache.get('decomposition')
    if table is None:
        table = {}
        for record in _db.DECOMPOSITION.split('\n'):
            cp, _, text = record.partition(':')
            table[int(cp, 36)] = text
        _cache['decomposition'] = table
    return table


def decomposition(chr, /):
    """The decomposition mapping of chr as text ('' when it has none)."""
    return _decomposition_table().get(_char(chr, 'decomposition'), '')


def _decompose_cp(cp, compat, out):
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        out.append(_LBASE + s // _NCOUNT)
        out.append(_VBASE + (s % _NCOUNT) // _TCOUNT)
        if s % _TCOUNT:
            out.append(_TBASE + s % _TCOUNT)
        return
    text = _decomposition_table().get(cp)
    if text is None or (text.startswith('<') and not compat):
        out.append(cp)
        return
    if text.startswith('<'):
        text = text.partition('> ')[2]
    for part in text.split(' '):
        _decompose_cp(int(part, 16), compat, out)


def _composition_table():
    table = _cache.get('composition')
    if table is None:
        table = {}
        for record in _db.COMPOSITION.split(' '):
            a, b, c = record.split(',')
            table[(int(a, 36), int(b, 36))] = int(c, 36)
        _cache['composition'] = table
    return table


def _decomposed(text, compat):
    cps = []
    for ch in text:
        _decompose_cp(ord(ch), compat, cps)
    # Canonical ordering: a stable sort of each run of non-starters by class.
    i = 0
    n = len(cps)
    while i < n:
        if combining(chr(cps[i])) == 0:
            i += 1
            continue
        j = i
        while j < n and combining(chr(cps[j])) != 0:
            j += 1
        if j - i > 1:
            cps[i:j] = sorted(cps[i:j], key=lambda cp: combining(chr(cp)))
        i = j
    return cps


def _composed(cps):
    if not cps:
        return cps
    pairs = _composition_table()
    out = [cps[0]]
    starter = 0 if combining(chr(cps[0])) == 0 else -1
    last_class = -1 if starter == 0 else 256
    for cp in cps[1:]:
        klass = combining(chr(cp))
        if starter >= 0 and (last_class < klass or last_class == -1):
            first = out[starter]
            combined = None
            if (_LBASE <= first < _LBASE + _LCOUNT
                    and _VBASE <= cp < _VBASE + _VCOUNT and last_class == -1):
                combined = (_SBASE + ((first - _LBASE) * _VCOUNT
                                      + (cp - _VBASE)) * _TCOUNT)
            elif (_SBASE <= first < _SBASE + _SCOUNT
                  and (first - _SBASE) % _TCOUNT == 0
                  and _TBASE < cp < _TBASE + _TCOUNT and last_class == -1):
                combined = first + (cp - _TBASE)
            else:
                combined = pairs.get((first, cp))
            if combined is not None:
                out[starter] = combined
                continue
        if klass == 0:
            starter = len(out)
            last_class = -1
        else:
            last_class = klass
        out.append(cp)
    return out


_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def normalize(form, unistr, /):
    """unistr in normalization form form ('NFC', 'NFD', 'NFKC' or 'NFKD')."""
    if not isinstance(form, str):
        raise TypeError(f"normalize() argument 1 must be str, not {type(form).__name__}")
    if not isinstance(unistr, str):
        raise TypeError(f"normalize() argument 2 must be str, not {type(unistr).__name__}")
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    if unistr.isascii():
        return unistr
    cps = _decomposed(unistr, form in ('NFKC', 'NFKD'))
    if form in ('NFC', 'NFKC'):
        cps = _composed(cps)
    return ''.join(map(chr, cps))


def is_normalized(form, unistr, /):
    """Whether unistr is already in normalization form form."""
    return normalize(form, unistr) == unistr
