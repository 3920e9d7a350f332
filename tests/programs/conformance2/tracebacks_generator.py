# An error raised inside a generator consumed by a comprehension.
def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)

def consume():
    return [n * 2 for n in numbers(5)]

print(list(numbers(2)))
print(consume())
