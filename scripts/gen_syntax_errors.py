"""Regenerate tests/frontend/syntax_errors/expected.json from CPython.

Every `*.py` file in tests/frontend/syntax_errors/ is a program CPython
rejects. For each, this records what python3 reports: compile() of the file's
text (its bytes when they are not UTF-8): type, msg, lineno, offset,
end_lineno, end_offset, text; and the exact stderr and status of
`python3 NAME.py` (the printed form, with the path shown as NAME.py). Add a
case by adding a file and rerunning `python3 scripts/gen_syntax_errors.py`.
"""
import json
import os
import subprocess
import sys

HERE = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'frontend', 'syntax_errors'))

out = {}
for name in sorted(os.listdir(HERE)):
    if not name.endswith('.py'):
        continue
    with open(os.path.join(HERE, name), 'rb') as f:
        data = f.read()
    try:
        source = data.decode('utf-8')
    except UnicodeDecodeError:
        source = data
    try:
        compile(source, name, 'exec')
    except (SyntaxError, ValueError) as e:
        if isinstance(e, SyntaxError):
            entry = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                     'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}
        else:
            entry = {'type': type(e).__name__, 'msg': str(e)}
    except (RecursionError, MemoryError) as e:
        entry = {'type': type(e).__name__, 'msg': str(e)}
    else:
        sys.exit(f'{name}: CPython accepts it; only rejected programs belong here')
    run = subprocess.run([sys.executable, name], cwd=HERE, capture_output=True)
    entry['stderr'] = run.stderr.decode('utf-8', 'backslashreplace').replace(os.path.join(os.path.realpath(HERE), name), name)
    entry['status'] = run.returncode
    out[name] = entry
with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(len(out), 'cases written')
