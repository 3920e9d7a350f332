def work():
    try:
        return [][1]
    finally:
        print("cleanup")


work()
