"""pvm's implementation of the `_thread` module, written in Python.

pvm runs Python code on one thread, so these are the primitives of a
program that never starts another: locks and reentrant locks keep their
state and CPython's errors and reprs; an acquire that could only succeed if
another thread released the lock raises RuntimeError instead of hanging
forever (with a timeout it fails after the timeout, as it would in CPython);
start_new_thread raises NotImplementedError.
"""

import time as _time

__all__ = ['allocate_lock', 'LockType', 'RLock', 'get_ident',
           'get_native_id', 'start_new_thread', 'error', 'TIMEOUT_MAX']

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

# The one thread's identifiers (fixed: there is no OS thread to ask).
_IDENT = 140245027964736
_NATIVE_ID = 1


def get_ident():
    return _IDENT


def get_native_id():
    return _NATIVE_ID


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


def _wait_forever(what):
    raise RuntimeError(f"{what} would block forever: pvm runs a single "
                       f"thread, so nothing else can release it")


def _wait_timeout(timeout):
    if timeout > 0:
        _time.sleep(timeout)
    return False


class lock:
    """A non-reentrant lock (`_thread.lock`)."""

    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            _wait_forever('acquiring a locked Lock')
        return _wait_timeout(timeout)

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {hex(id(self))}>'


LockType = lock


def allocate_lock():
    return lock()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the owning thread may acquire it again."""

    __slots__ = ('_count', '__weakref__')

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def locked(self):
        return self._count > 0

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, _IDENT)
        self._count = 0
        return state

    def _acquire_restore(self, state):
        self._count = state[0]

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        owner = _IDENT if self._count else 0
        return (f'<{state} _thread.RLock object owner={owner} '
                f'count={self._count} at {hex(id(self))}>')


def start_new_thread(function, args, kwargs=None):
    raise NotImplementedError("_thread.start_new_thread: pvm runs Python "
                              "code on a single thread")


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


def interrupt_main(signum=2):
    raise NotImplementedError("_thread.interrupt_main is not supported by pvm")


def _count():
    return 0
