a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b, b // 7, -b // 7, -b % 7)
print(divmod(a, -12345678901), divmod(-a, 987654321))
print(a ** 3)
print(-(2 ** 64) // 3, (-(2 ** 64)) % 3)
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
print(abs(-a), -a)
print(a == 1267650600228229401496703205376, a > b, a < b)
print(2 ** 53 + 1, 2 ** 53 - 1, -(2 ** 53) - 1)
print(9007199254740993 * 3, 9007199254740991 + 2)
x = 1
for i in range(1, 30):
    x *= i
print(x)
print(x // 10 ** 20, x % 10 ** 20)
