def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2


print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e))
assert True, "never"
print("done")
