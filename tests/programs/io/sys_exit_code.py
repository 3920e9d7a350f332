import sys

print("checking")
errors = 3
if errors:
    print(f"{errors} errors", file=sys.stderr)
    sys.exit(2)
print("unreachable")
