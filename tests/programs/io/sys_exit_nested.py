import sys


def cleanup():
    print("cleanup ran")


def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        cleanup()


main()
print("not reached")
