import math

values = [4.0, 9.0, -1.0]
for v in values:
    print(math.sqrt(v))
