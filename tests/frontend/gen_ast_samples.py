"""Regenerate tests/frontend/ast_samples/: 40 standard-library files picked
deterministically (a stride through the sorted list of files between 1.5 and 10
KB, plus a few chosen for f-strings and async code), each
copied as NAME.pysrc with CPython's `ast.dump(..., include_attributes=True)`
in NAME.dump. Run: python3 tests/frontend/gen_ast_samples.py
"""
import ast
import os
import shutil
import sysconfig

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ast_samples')
ROOT = sysconfig.get_paths()['stdlib']
CHOSEN = ['asyncio/locks.py', 'string.py', 'asyncio/taskgroups.py']
COUNT = 40

files = []
for d, dirs, names in os.walk(ROOT):
    dirs[:] = sorted(x for x in dirs if x not in ('site-packages', '__pycache__'))
    for n in sorted(names):
        if n.endswith('.py'):
            files.append(os.path.relpath(os.path.join(d, n), ROOT))
files.sort()


def readable(rel):
    try:
        with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
            ast.parse(f.read())
        return True
    except (SyntaxError, UnicodeDecodeError):
        return False


sized = [f for f in files if 1500 <= os.path.getsize(os.path.join(ROOT, f)) <= 10000 and readable(f)]
picked = [f for f in CHOSEN if f in files]
stride = max(1, len(sized) // (COUNT - len(picked)))
for f in sized[::stride]:
    if len(picked) >= COUNT:
        break
    if f not in picked:
        picked.append(f)

shutil.rmtree(HERE, ignore_errors=True)
os.makedirs(HERE)
for rel in picked:
    name = rel.replace('/', '__')[:-3]
    with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
        src = f.read()
    with open(os.path.join(HERE, name + '.pysrc'), 'w', encoding='utf-8', newline='') as f:
        f.write(src)
    with open(os.path.join(HERE, name + '.dump'), 'w', encoding='utf-8') as f:
        f.write(ast.dump(ast.parse(src), include_attributes=True) + '\n')
print(len(picked), 'samples written to', HERE)
