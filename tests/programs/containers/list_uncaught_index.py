def get_item(items, index):
    return items[index]


stack = [1, 2, 3]
for i in range(5):
    print(get_item(stack, i))
