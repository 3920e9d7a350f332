a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = [[1, [2, [3, [4]]]]]
print(nested, str(nested) == repr(nested))
s = {1: {2: {3: {}}}}
print(s)
