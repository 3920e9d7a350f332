"""Regenerate tests/frontend/fuzz/expected.json: 4,000 short random token
sequences (a fixed seed, so the same ones every time) with CPython's verdict on
each: its ast.dump with positions, or its error's type, message and position.
Most are syntax errors; they exercise which error CPython reports and where.
Run: python3 tests/frontend/gen_fuzz.py
"""
import ast
import json
import os
import random
import warnings

warnings.simplefilter('ignore')
PIECES = ['(', ')', '[', ']', '{', '}', ':', ',', '=', 'x', 'y', '1', '2.5', "'s'", 'f"{x}"', 'if', 'else', 'for', 'in',
          'not', 'and', 'or', 'lambda', 'yield', 'await', '*', '**', '.', ':=', '+', '-', '~', '|', '<', '==', '\n', ';',
          'x', 'y', 'x', '(', ')', ',']
rng = random.Random(2026)
cases = []
for _ in range(4000):
    src = ' '.join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) + '\n'
    try:
        cases.append({'source': src, 'dump': ast.dump(ast.parse(src), include_attributes=True)})
    except SyntaxError as e:
        cases.append({'source': src, 'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fuzz', 'expected.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump(cases, f, indent=0, ensure_ascii=False)
    f.write('\n')
print(len(cases), 'cases;', sum('dump' in c for c in cases), 'valid')
