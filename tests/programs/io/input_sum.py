n = int(input())
values = [int(input()) for _ in range(n)]
print("sum:", sum(values))
print("max:", max(values))
name = input("Your name: ")
print(f"Hello, {name}!")
