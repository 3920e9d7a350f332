"""Runs unittest.main with stderr captured and prints it normalized: the time
taken, the program's folder and the frames inside the interpreter's own
library (whose paths differ between interpreters) are left out."""
import contextlib
import io
import re
import unittest


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', text)
    kept = []
    skipping = False
    for line in text.splitlines(True):
        if line.startswith('  File "'):
            skipping = not re.match(r'  File "[^/"]*\.py"|  File "/.*/stdlib4/', line)
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            line = re.sub(r'File "/[^"]*/', 'File "', line)
            kept.append(re.sub(r'/\S*/(\w+\.py:\d+: )', r'\1', line))
    return ''.join(kept)


def run(argv, **kwargs):
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        try:
            program = unittest.main(argv=argv, exit=False, **kwargs)
        except SystemExit as e:
            print('SystemExit', e.code)
            program = None
    print(clean(captured.getvalue()), end='')
    if program is not None:
        result = program.result
        print('->', result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
              result.wasSuccessful())
