import sys

print("a", "b", "c")
print("a", "b", sep="")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=" | ")
print()
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
print("flush", flush=True)
print(*range(5), sep=", ", end=".\n")
print("tab\tseparated", "unicode: é ü 😀")
