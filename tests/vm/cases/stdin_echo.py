import sys

name = input("name? ")
print("hello", name)
print("to stderr", file=sys.stderr)
for line in sys.stdin:
    print("line:", line.rstrip())
print(sys.argv[1:])
