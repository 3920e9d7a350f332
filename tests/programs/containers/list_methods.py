nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend([4, 6])
nums.insert(0, 10)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, nums[::-1], nums[1:4], nums[-2:])
copy = nums.copy()
copy[0] = 100
print(nums[0], copy[0])
nums.clear()
print(nums, bool(nums))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
