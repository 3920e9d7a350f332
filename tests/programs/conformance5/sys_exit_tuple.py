# sys.exit() with a 1-tuple: caught, the exception's code is the tuple's
# item; uncaught without meeting any handler, CPython reports the raw tuple
# (printed to stderr, status 1).
import sys

for value in [None, 5, (5,), (), (1, 2), ((4,),), [3], 'm']:
    try:
        sys.exit(value)
    except SystemExit as e:
        print(repr(value), e.args, repr(e.code), repr(str(e)))


def leave():
    print('leaving')
    sys.exit((5,))


leave()
