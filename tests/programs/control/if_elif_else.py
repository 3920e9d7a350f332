def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


for n in [-5, 0, 4, 7]:
    print(n, classify(n))
x = 5
print("big" if x > 3 else "small", "yes" if [] else "no", "yes" if [0] else "no")
print(1 < x < 10, 1 < x > 10, not x, x and 0, x or 0, 0 or "", None or "default")
values = [0, "", [], {}, None, 0.0, "0", [0]]
print([bool(v) for v in values])
