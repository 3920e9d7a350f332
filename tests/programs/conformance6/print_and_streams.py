# print() to files and custom writers, sep/end errors, sys.stdout attributes, redirecting stdout/stderr.
import sys, io
buf = io.StringIO()
print('a', 'b', sep='-', end='!\n', file=buf)
print(*range(3), sep=', ', file=buf)
print(file=buf)
print('x', end='', file=buf); print('y', file=buf)
print(repr(buf.getvalue()))
try: print('a', sep=5)
except TypeError as e: print(e)
try: print('a', end=[])
except TypeError as e: print(e)
try: print('a', file=5)
except AttributeError as e: print(e)
print('a', 'b', sep=None, end=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W(); print(1, 2, 3, file=w, sep='|'); print(w.parts)
print(sys.stdout.write('written\n'), sys.stdout.isatty(), sys.stdout.encoding, sys.stdout.name, sys.stderr.name, sys.stdin.name)
sys.stdout.writelines(['l1\n', 'l2\n'])
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
cap = sys.stdout.getvalue(); sys.stdout = old
print('got', repr(cap))
import contextlib
with contextlib.redirect_stdout(io.StringIO()) as f:
    print('redirected')
print(repr(f.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as f:
    print('to err', file=sys.stderr)
print(repr(f.getvalue()))
print('\u00e9\u4e2d\U0001f600', len('\U0001f600'), '\N{GREEK SMALL LETTER ALPHA}', '\x41\101\u0041')
sys.stdout.flush()
print('end', flush=True)
