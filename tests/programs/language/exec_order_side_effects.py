def show(tag, value):
    print("eval", tag)
    return value


result = show("a", 1) + show("b", 2) * show("c", 3)
print(result)
d = {show("k1", "x"): show("v1", 1), show("k2", "y"): show("v2", 2)}
print(d)
lst = [show(i, i) for i in range(2)]
show("func", print)(show("arg1", "hello"), show("arg2", "world"))
x = show("cond", True) and show("then", "yes") or show("else", "no")
print(x)
a = b = show("chain", [])
a.append(1)
print(b)
