# SystemExit raised with an int code from a nested function, finally runs.
import sys
def shutdown():
    try:
        sys.exit(3)
    finally:
        print("cleanup")
shutdown()
print("never")
