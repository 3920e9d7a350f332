"""Print CPython's AST of a Python file as JSON shaped like frontend/parser/ast.ts.

A bridge: it lets the compiler be tested on CPython's own parse, and checks pvm's
parser against CPython's. Nodes become {"_type": name, fields..., positions};
simple sums (Load, Add, Eq...) become their name; constants become ConstantValue
objects: ints as decimal strings (for bigint), non-finite floats as "inf",
"-inf", "nan", bytes as a list of byte values.
Usage: python3 scripts/ast_json.py FILE   (or - for stdin)
"""
import ast
import json
import math
import sys

SIMPLE = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def float_json(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return x


def constant(v):
    if v is None:
        return {'kind': 'None'}
    if v is Ellipsis:
        return {'kind': 'Ellipsis'}
    if isinstance(v, bool):
        return {'kind': 'bool', 'value': v}
    if isinstance(v, int):
        return {'kind': 'int', 'value': str(v)}
    if isinstance(v, float):
        return {'kind': 'float', 'value': float_json(v)}
    if isinstance(v, complex):
        return {'kind': 'complex', 'real': float_json(v.real), 'imag': float_json(v.imag)}
    if isinstance(v, str):
        return {'kind': 'str', 'value': v}
    if isinstance(v, bytes):
        return {'kind': 'bytes', 'value': list(v)}
    raise TypeError(f'unexpected constant {v!r}')


def node(n):
    if isinstance(n, SIMPLE):
        return type(n).__name__
    out = {'_type': type(n).__name__}
    for field in n._fields:
        value = getattr(n, field, None)
        if field == 'value' and isinstance(n, (ast.Constant, ast.MatchSingleton)):
            out[field] = constant(value)
        else:
            out[field] = convert(value)
    for field in POSITIONS:
        if field in n._attributes:
            out[field] = getattr(n, field, None)
    return out


def convert(v):
    if isinstance(v, ast.AST):
        return node(v)
    if isinstance(v, list):
        return [convert(x) for x in v]
    return v


def main():
    path = sys.argv[1]
    source = sys.stdin.buffer.read() if path == '-' else open(path, 'rb').read()
    tree = ast.parse(source, filename=path)
    json.dump(node(tree), sys.stdout, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
