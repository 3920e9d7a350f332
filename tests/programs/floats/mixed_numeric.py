def describe(x):
    return f"{type(x).__name__}:{x!r}"

items = [1 + 2, 1 + 2.0, 3 * True, 7 // 2.0, 2 ** 3, 2 ** -3, 10 % 3.5, abs(-3), divmod(7.5, 2)]
for item in items:
    print(describe(item))
print(complex(1, 2), (1 + 2j) * (3 - 1j), abs(3 + 4j), (1j) ** 2)
print((2 + 0j).real, (2 + 3j).imag, (2 + 3j).conjugate(), complex("1+2j"))
print(round(1234.5678, 2), round(1234.5678, -1), round(5, 2))
