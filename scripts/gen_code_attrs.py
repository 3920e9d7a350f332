"""Regenerate tests/compiler/code_attrs.json from CPython.

For every tests/compiler/dis/*.py and tests/programs/*/*.py file, compiles it
with python3 and records, for each code object (depth first, constants in
order), the attributes pvm's symbol table and compiler must reproduce: name,
qualname, firstlineno, argument counts, co_flags, varnames, cellvars and
freevars. Run: python3 scripts/gen_code_attrs.py
"""
import glob
import json
import os

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
FLAG_MASK = 0x3FF


def walk(code, out):
    out.append({
        'name': code.co_name,
        'qualname': code.co_qualname,
        'firstlineno': code.co_firstlineno,
        'argcount': code.co_argcount,
        'posonlyargcount': code.co_posonlyargcount,
        'kwonlyargcount': code.co_kwonlyargcount,
        'flags': code.co_flags & FLAG_MASK,
        'varnames': list(code.co_varnames),
        'cellvars': list(code.co_cellvars),
        'freevars': list(code.co_freevars),
    })
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            walk(c, out)


def main():
    files = sorted(glob.glob(os.path.join(ROOT, 'tests/compiler/dis/*.py')))
    files += sorted(glob.glob(os.path.join(ROOT, 'tests/programs/*/*.py')))
    result = {}
    for path in files:
        rel = os.path.relpath(path, ROOT)
        with open(path, 'rb') as f:
            source = f.read()
        try:
            code = compile(source, rel, 'exec')
        except SyntaxError:
            continue
        out = []
        walk(code, out)
        result[rel] = out
    with open(os.path.join(ROOT, 'tests/compiler/code_attrs.json'), 'w') as f:
        json.dump(result, f, indent=1)
        f.write('\n')
    print(f'{len(result)} files')


if __name__ == '__main__':
    main()
