import sys

for i in range(3):
    print("line", i)
sys.stdout.flush()
result = {"a": 1}
print(result["a"] + result.get("b"))
