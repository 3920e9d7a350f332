# sys.exit with a string message: printed to stderr, status 1.
import sys
print("before")
sys.exit("fatal: configuration missing")
