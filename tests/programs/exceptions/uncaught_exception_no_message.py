class Empty(Exception):
    pass


print("before")
raise Empty
