import atexit
import sys


def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")


class Broken:
    def __repr__(self):
        return "<Broken callback>"

    def __call__(self):
        raise ValueError("boom in atexit")


broken = Broken()


atexit.register(goodbye, "first")
atexit.register(broken)
atexit.register(goodbye, "second", punct="?")


@atexit.register
def decorated():
    print("decorated runs first")


def removed():
    print("never printed")


atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
print("main body done")
try:
    atexit.register(42)
except TypeError as e:
    print(e)
sys.exit(3)
