# A sys.excepthook that raises: CPython reports the hook's error, then the
# original exception after "Original exception was:".
import sys


def hook(exc_type, value, tb):
    raise RuntimeError(f'hook failed on {exc_type.__name__}')


sys.excepthook = hook
print('raising')
raise ValueError('original')
