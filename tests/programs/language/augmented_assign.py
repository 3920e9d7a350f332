x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
x <<= 2
x >>= 1
x |= 8
x &= 12
x ^= 5
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t_alias, t, t is t_alias)
d = {"k": 1}
d["k"] += 10
print(d)


class Box:
    def __init__(self):
        self.v = 0


b = Box()
b.v += 7
print(b.v)
nums = [1, 2, 3]
nums[1] *= 10
print(nums)
