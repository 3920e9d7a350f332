from fractions import Fraction
from array import array

a = Fraction(1, 3)
b = Fraction("2/6")
print(a, b, a == b, a + Fraction(1, 6), a * 3, a / 2, float(a), Fraction(0.75), Fraction("1.25"))
print(sum(Fraction(1, n) for n in range(1, 5)), Fraction(7, 3).limit_denominator(2), round(Fraction(7, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
arr = array("i", [1, 2, 3])
arr.append(4)
print(arr, arr[1:3], arr.tolist(), sum(arr), arr.typecode, arr.itemsize)
farr = array("d", [1.5, 2.5])
print(farr, farr * 2)
try:
    arr.append(1.5)
except TypeError as e:
    print("TypeError:", e)
