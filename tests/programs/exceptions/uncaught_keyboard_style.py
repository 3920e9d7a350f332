import sys

print("about to fail", file=sys.stderr)
print("stdout line")
raise SystemError("internal problem")
