first = input()
print("got", first)
second = input()
print("never", second)
