import sys


def main():
    print("work done")
    return 0


try:
    sys.exit(main())
finally:
    print("finally still runs")
