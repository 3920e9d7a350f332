import sys
import shlex

print(repr(sys.stdin.read(1)), repr(sys.stdin.read(2)))
print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(-1)), repr(sys.stdin.read(0)), repr(sys.stdin.readline(3)), repr(sys.stdin.readline(9)))
for bad in (None, "x"):
    try:
        sys.stdin.readline(bad)
    except TypeError as e:
        print(e)
try:
    sys.stdin.read(1.5)
except TypeError as e:
    print(e)
lex = shlex.shlex(posix=True)
print(lex.get_token(), lex.get_token(), lex.lineno)
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read(5)), repr(sys.stdin.readline()))
