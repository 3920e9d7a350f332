# input(), sys.stdin, print's sep/end/file, sys attributes.
import sys
name = input("Name: ")
nums = list(map(int, input().split()))
print(f"Hello {name}", sum(nums))
rest = sys.stdin.read().splitlines()
print(rest)
print("a", "b", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print("err", file=sys.stderr)
sys.stdout.write("raw\n")
print(flush=True)
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
print(sys.argv[0], len(sys.argv), sys.version_info[:2], sys.version_info >= (3, 8), sys.platform, sys.maxsize, sys.byteorder)
print(sys.getrecursionlimit(), type(sys.stdin).__name__, sys.stdout.encoding, sys.float_info.max, sys.float_info.epsilon)
