transform = lambda x: x.upper()
print(transform("ok"))
print(list(map(transform, ["a", 1])))
