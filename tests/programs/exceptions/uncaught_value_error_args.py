values = ["1", "2", "x3"]
numbers = [int(v) for v in values]
print(numbers)
