"""pvm's implementation of the `atexit` module, written in Python.

register/unregister and the exit-time run: when the main program ends
(normally, by SystemExit or by an uncaught exception, after its report),
the vm calls _run_exitfuncs (through exitHooks.ts), which runs the
functions last-registered first. An exception in one is reported on stderr
as CPython reports it and the others still run.
"""

# Functions CPython writes in C: they show as built-ins (<built-in function name>).
__c_functions__ = ('register', 'unregister')


import sys

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) when the program exits; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func."""
    _exithandlers[:] = [entry for entry in _exithandlers if entry[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Run the registered functions, last first, reporting their exceptions."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}",
                  file=sys.stderr)
            # The report starts at the callback, as CPython's (whose loop is C).
            exc.__traceback__ = exc.__traceback__.tb_next
            traceback.print_exception(type(exc), exc, exc.__traceback__,
                                      file=sys.stderr)
