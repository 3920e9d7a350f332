def noisy(v):
    print("eval", v)
    return v


print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 == 1.0, 1 != 2 != 1)
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
x = 5
print(0 <= x < 10, "a" < "b" < "c", [1] < [2] < [3], 1 < x in [5, 6])
print(not 1 < 2, (1 < 2) == True, 2 in [1, 2] in [[1, 2]])
