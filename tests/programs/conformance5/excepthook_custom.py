# An uncaught exception goes through sys.excepthook when a program installs
# its own (the default stays reachable as sys.__excepthook__, and prints a
# complaint instead of raising for a non-exception value).
import sys


def hook(exc_type, value, tb):
    print('hook:', exc_type.__name__, value, type(tb).__name__, tb.tb_lineno)
    sys.__excepthook__(exc_type, value, None)
    print('hook done')


print(sys.excepthook is sys.__excepthook__, sys.excepthook)
sys.__excepthook__(ValueError, ValueError('printed directly'), None)
sys.excepthook(1, 2, 3)
try:
    1 / 0
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.excepthook = hook


def fail():
    raise KeyError('missing')


fail()
