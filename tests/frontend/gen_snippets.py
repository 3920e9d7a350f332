"""Regenerate tests/frontend/snippets/expected.json: for every source in
snippets/sources.json, CPython's `ast.dump(ast.parse(src), include_attributes=True)`
or, when CPython rejects it, the error's type, message and position.
Run: python3 tests/frontend/gen_snippets.py
"""
import ast
import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'snippets')
with open(os.path.join(HERE, 'sources.json'), encoding='utf-8') as f:
    sources = json.load(f)
out = []
for src in sources:
    try:
        out.append({'dump': ast.dump(ast.parse(src), include_attributes=True)})
    except SyntaxError as e:
        out.append({'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=0, ensure_ascii=False)
    f.write('\n')
print(len(out), 'snippets')
