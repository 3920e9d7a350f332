print(2 ** 100, 2 ** 0, 0 ** 0, (-3) ** 3, pow(2, 100, 1000), pow(-2, 3, 5), pow(3, -1, 7))
print(7 ** 77 % 1000, len(str(3 ** 1000)))
x = 1
for i in range(1, 60):
    x *= 3
print(x, x.bit_length())
print(float(2 ** 1023), 2 ** 1023 * 2 == 2 ** 1024)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1024 // 3 % 1000, 2 ** 1024 / 2 ** 1000)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
