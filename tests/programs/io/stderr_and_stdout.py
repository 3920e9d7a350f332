import sys

for i in range(3):
    print(f"out {i}")
    print(f"err {i}", file=sys.stderr)
sys.stderr.write("raw err\n")
print("end")
