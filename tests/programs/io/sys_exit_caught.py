import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit with code", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
print("continuing")
exit_code = 0
sys.exit(exit_code)
