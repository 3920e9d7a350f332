# A SystemExit from sys.exit((7,)) that passed through a finally block was
# normalized there: the status is its code, 7; a code reassigned by a
# handler that re-raises wins; an int subclass code counts as an int.
import sys


class MyInt(int):
    pass


def work():
    try:
        sys.exit((7,))
    finally:
        print('cleanup')


def main():
    try:
        work()
    except SystemExit as e:
        print('caught', e.code)
        e.code = MyInt(9)
        raise


main()
