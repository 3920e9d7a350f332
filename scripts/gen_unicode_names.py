"""Generate frontend/lexer/data/unicodeNames.txt.gz: the Unicode character names
that `\\N{...}` escapes accept, from python3's own unicodedata (3.11 carries
Unicode 14.0.0, the table CPython 3.11 uses). One line per character:
`NAME;HEXCODE`, consecutive code points with one `CJK UNIFIED IDEOGRAPH-`
name pattern stored as a range. Name aliases (`\\N{LINE FEED}`, `\\N{NBSP}`)
are not listed by unicodedata: the candidates come from Perl's unicore/Name.pl
(names and aliases, same Unicode version) when present, and each one is kept
only when python3 itself decodes `\\N{alias}` to that character.
Rerun with `python3 scripts/gen_unicode_names.py`.
"""
import ast
import glob
import gzip
import os
import re
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

known = {line.split(';')[0] for line in lines}
aliases = {}
for table in sorted(glob.glob('/usr/share/perl/*/unicore/Name.pl'))[-1:]:
    with open(table, encoding='latin-1') as f:
        text = f.read()
    for code, name in re.findall(r'^([0-9A-F]{4,6})\n([^\n]+)$', text, re.M):
        if name in known:
            continue
        try:
            decoded = ast.literal_eval('"\\N{%s}"' % name)
        except (ValueError, SyntaxError):
            continue
        if decoded == chr(int(code, 16)):
            aliases[name] = int(code, 16)
lines.extend(f'{name};{cp:X}' for name, cp in sorted(aliases.items()))
out = os.path.join(os.path.dirname(__file__), '..', 'frontend', 'lexer', 'data', 'unicodeNames.txt.gz')
with open(out, 'wb') as f:
    f.write(gzip.compress(('\n'.join(lines) + '\n').encode('ascii'), compresslevel=9, mtime=0))
print(len(lines), 'lines written to', out)
