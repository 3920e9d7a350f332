import sys

print("start")
sys.exit("fatal: configuration missing")
