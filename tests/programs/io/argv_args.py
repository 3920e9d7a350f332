import sys

print(len(sys.argv), sys.argv[1:])
numbers = [int(a) for a in sys.argv[1:] if a.lstrip("-").isdigit()]
print(sum(numbers))
flags = [a for a in sys.argv[1:] if a.startswith("--")]
print(flags)
