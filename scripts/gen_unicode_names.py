"""Generate frontend/lexer/data/unicodeNames.txt.gz: the Unicode character names
that `\\N{...}` escapes accept, from python3's own unicodedata (3.11 carries
Unicode 14.0.0, the table CPython 3.11 uses). One line per character:
`NAME;HEXCODE`, consecutive code points with one `CJK UNIFIED IDEOGRAPH-`
name pattern stored as a range. Name aliases (`\\N{LINE FEED}`) are not
listed by unicodedata and are not included.
Rerun with `python3 scripts/gen_unicode_names.py`.
"""
import gzip
import os
import sys
import unicodedata

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version
lines = []
cjk_start = None
for cp in range(sys.maxunicode + 2):
    name = unicodedata.name(chr(cp), None) if cp <= sys.maxunicode else None
    if name is not None and name.startswith('CJK UNIFIED IDEOGRAPH-'):
        if cjk_start is None:
            cjk_start = cp
        continue
    if cjk_start is not None:
        lines.append(f'CJK;{cjk_start:X};{cp - 1:X}')
        cjk_start = None
    if name is not None:
        lines.append(f'{name};{cp:X}')
out = os.path.join(os.path.dirname(__file__), '..', 'frontend', 'lexer', 'data', 'unicodeNames.txt.gz')
with open(out, 'wb') as f:
    f.write(gzip.compress(('\n'.join(lines) + '\n').encode('ascii'), compresslevel=9, mtime=0))
print(len(lines), 'lines written to', out)
